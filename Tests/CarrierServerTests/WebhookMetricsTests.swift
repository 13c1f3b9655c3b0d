import CarrierServer
import Foundation
import HummingbirdTesting
import Shipping
import Testing

/// The webhook backlog and failed attempts on the metrics listener: a receiver that is down leaves every
/// notification pending, and the scrape says so.
@Suite struct WebhookMetricsTests {
    @Test func theBacklogAndFailedAttemptsAreScraped() async throws {
        // A port nobody listens on: every attempt fails with "connection refused" and is retried later.
        let deadPort = try await MetricsEndpointTests.freePort()
        let carrier = try TestCarrier(extraYAML: WebhookDeliveryTests.yaml(port: deadPort))
        var configuration = carrier.configuration
        let port = try await MetricsEndpointTests.freePort()
        configuration.metrics = .init(host: "127.0.0.1", port: port)
        _ = MetricsEndpoint.registry()
        let store = try CarrierApplication.openStore(configuration: configuration)
        let flow = CarrierApplication.flow(configuration: configuration, store: store, logger: TestCarrier.logger)
        let policy = WebhookDeliveryPolicy(
            retry: .init(firstDelay: .seconds(60), maximumDelay: .seconds(60), giveUpAfter: .seconds(600)),
            timeout: .seconds(2), pollInterval: .milliseconds(300), concurrency: 8)
        let app = try CarrierApplication.build(flow: flow, logger: TestCarrier.logger, webhookDelivery: policy)
        let failures = #"picqer_carrier_webhook_failures_total{outcome="retry"}"#
        let (before, after) = try await app.test(.ahc(.https)) { client in
            let before = try await MetricsEndpointTests.firstScrape(port: port)
            for _ in 0..<3 { _ = try #require(try await OperatorAPITests.create(client).data) }
            // The gauge is refreshed about once a second by the deliverer; each notification is tried once at once.
            var after = ""
            for _ in 0..<100 {
                after = (try? MetricsEndpointTests.scrape(port: port)) ?? ""
                let failed =
                    (MetricsEndpointTests.value(failures, in: after) ?? 0)
                    - (MetricsEndpointTests.value(failures, in: before) ?? 0)
                if MetricsEndpointTests.value("picqer_carrier_webhook_backlog", in: after) == 3, failed >= 3 { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(try await WebhookDeliveryTests.deliveries(client, "?state=pending").count == 3)
            return (before, after)
        }
        #expect(MetricsEndpointTests.value("picqer_carrier_webhook_backlog", in: after) == 3, "\(after)")
        let failed =
            (MetricsEndpointTests.value(failures, in: after) ?? 0)
            - (MetricsEndpointTests.value(failures, in: before) ?? 0)
        #expect(failed >= 3, "each of the three notifications failed once at least")
        #expect(after.contains("# HELP picqer_carrier_webhook_backlog "))
    }
}
