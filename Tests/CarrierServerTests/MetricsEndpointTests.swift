import CarrierServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdBcrypt
import HummingbirdTesting
import LabelVerification
import NIOCore
import NIOPosix
import Shipping
import Testing

/// `metrics.listen`: Prometheus text on its own plain-HTTP port, values that move with the traffic, and a
/// document `promtool check metrics` accepts.
@Suite struct MetricsEndpointTests {
    /// A loopback port nobody listens on right now.
    static func freePort() async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        let port = channel.localAddress?.port ?? 0
        try await channel.close()
        return port
    }

    static func scrape(port: Int) throws -> String {
        try ExternalTools.run("curl", ["-sf", "http://127.0.0.1:\(port)/metrics"]).stdout
    }

    /// The metrics text once the listener answers (it starts with the server); fails after five seconds.
    static func firstScrape(port: Int) async throws -> String {
        for _ in 0..<50 {
            if let text = try? scrape(port: port), !text.isEmpty { return text }
            try await Task.sleep(for: .milliseconds(100))
        }
        return try scrape(port: port)
    }

    static func value(_ series: String, in text: String) -> Double? {
        text.split(separator: "\n").first { $0.hasPrefix(series + " ") }
            .flatMap { Double($0.split(separator: " ").last ?? "") }
    }

    @Test func metricsMoveWithTrafficAndPassPromtool() async throws {
        let carrier = try TestCarrier()
        var configuration = carrier.configuration
        let port = try await Self.freePort()
        configuration.metrics = .init(host: "127.0.0.1", port: port)
        _ = MetricsEndpoint.registry()
        let flow = CarrierApplication.flow(
            configuration: configuration, store: try carrier.flow().store, logger: TestCarrier.logger)
        let app = try CarrierApplication.build(flow: flow, logger: TestCarrier.logger)
        let (before, after) = try await app.test(.ahc(.https)) { client in
            let before = try await Self.firstScrape(port: port)
            for _ in 0..<3 {
                try await client.execute(
                    uri: "/picqer-integration/shipments", method: .post,
                    headers: TestCarrier.shopA.merging([.contentType: "application/json"]),
                    body: try TestCarrier.fixture("nl-domestic.json")
                ) { #expect($0.status == .ok) }
            }
            try await client.execute(uri: "/picqer-integration/config-options", method: .get) {
                #expect($0.status == .unauthorized)
            }
            return (before, try Self.scrape(port: port))
        }
        #expect(!after.isEmpty)
        if ProcessInfo.processInfo.environment["SHOW_METRICS"] != nil { print(after) }
        let labels = #"picqer_carrier_labels_total{format="A6"}"#
        #expect((Self.value(labels, in: after) ?? 0) - (Self.value(labels, in: before) ?? 0) == 3, "\(after)")
        #expect(after.contains("picqer_carrier_label_render_seconds_bucket"))
        #expect(after.contains("picqer_carrier_labels_in_flight"))
        #expect(after.contains(#"picqer_carrier_store_operation_seconds_count{operation="issue"}"#))
        // The request without credentials above: one Basic authentication failure.
        let failures = #"picqer_carrier_auth_failures_total{scheme="basic"}"#
        #expect((Self.value(failures, in: after) ?? 0) - (Self.value(failures, in: before) ?? 0) == 1)
        // Three shipments of one account, one after the other: one bcrypt check, then the remembered credentials.
        let checks = #"picqer_carrier_password_checks_total{outcome="accepted"}"#
        #expect((Self.value(checks, in: after) ?? 0) - (Self.value(checks, in: before) ?? 0) == 1)
        #expect(after.contains("# HELP picqer_carrier_password_checks_total bcrypt password checks run"))
        // Hummingbird's request metrics, by route, method and status.
        #expect(after.contains("http_server_request_duration_seconds_bucket"))
        #expect(after.contains(#"hb_requests_total{"#) && after.contains("/picqer-integration/shipments"))
        #expect(after.contains("# HELP picqer_carrier_labels_total "))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("metrics-\(UUID().uuidString).txt")
        try after.write(to: file, atomically: true, encoding: .utf8)
        let check = try ExternalTools.run("sh", ["-c", "promtool check metrics < \(file.path)"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test func listenIsHostAndPort() throws {
        #expect(MetricsEndpointTests.parse("127.0.0.1:9464") == .init(host: "127.0.0.1", port: 9464))
        #expect(MetricsEndpointTests.parse("[::1]:9464") == .init(host: "::1", port: 9464))
        #expect(MetricsEndpointTests.parse("9464") == nil)
        #expect(MetricsEndpointTests.parse("host:99999") == nil)
    }

    static func parse(_ listen: String) -> CarrierConfiguration.Metrics? {
        try? CarrierConfiguration.parse(
            yaml: minimalYAML + "\nmetrics: {listen: \"\(listen)\"}", environment: [:], baseDirectory: "/tmp"
        ).metrics
    }

    static var minimalYAML: String {
        """
        server: {host: 127.0.0.1, port: 8443, public_base_url: "https://x.example", plain_http: true}
        carrier: {key: courier, name: X, tracking_code: {scheme: s10, prefix: CC, country: NL}}
        services: [{value: standard, name: Standard, code: STD}]
        accounts:
          - username: a
            password_hash: "\(TestCarrier.shopAHash)"
            sender_addresses: [{id: 1, name: A, street: S 1, zipcode: 1000 AA, city: C, country: NL}]
        """
    }
}
