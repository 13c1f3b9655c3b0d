import CarrierServer
import Foundation
import HummingbirdTesting
import Shipping
import Testing

/// A configuration reload (what `SIGHUP` does) changes the webhooks of a running server at once: endpoints,
/// secrets and event types — over a live HTTPS carrier and real receivers on loopback.
@Suite struct WebhookReloadTests {
    static let otherKey = (0..<32).map { UInt8(($0 * 11 + 5) % 256) }
    static let otherSecret = "whsec_" + Data(otherKey).base64EncodedString()

    @Test func aReloadAddsReplacesAndRemovesEndpoints() async throws {
        let first = WebhookReceiver(key: WebhookDeliveryTests.key)
        let firstPort = try await first.start()
        let second = WebhookReceiver(key: Self.otherKey)
        let secondPort = try await second.start()
        // No webhooks at start.
        let carrier = try TestCarrier()
        let live = LiveConfiguration(flow: try carrier.flow(), logger: TestCarrier.logger)
        let app = try CarrierApplication.build(
            live: live, logger: TestCarrier.logger, webhookDelivery: WebhookDeliveryTests.policy())
        try await app.test(.ahc(.https)) { client in
            let unannounced = try #require(try await OperatorAPITests.create(client).data).tracking_code
            #expect(try await WebhookDeliveryTests.deliveries(client).isEmpty)

            // Reloaded with the first receiver: the next change reaches it, signed with its secret.
            let added = try TestCarrier(
                folder: carrier.folder, extraYAML: WebhookDeliveryTests.yaml(port: firstPort))
            #expect(live.replace(with: added.configuration).isEmpty)
            let a = try #require(try await OperatorAPITests.create(client).data).tracking_code
            try await WebhookDeliveryTests.eventually(5) { first.delivered.count == 1 }
            #expect(first.delivered.first?.signatureValid == true)
            #expect(first.delivered.compactMap(\.payload).map(\.data.tracking_code) == [a])

            // The first receiver goes away while a's cancellation is on its way: it is retried...
            await first.stop()
            try await WebhookDeliveryTests.cancel(client, a)
            try await WebhookDeliveryTests.eventually(5) {
                try await WebhookDeliveryTests.deliveries(client, "?state=pending").first?.attempts ?? 0 >= 1
            }
            // ...until a reload replaces that endpoint by the second receiver, with another secret and only
            // cancellations: the pending delivery is given up, and only what is announced afterwards goes out.
            let replaced = try TestCarrier(
                folder: carrier.folder,
                extraYAML: WebhookDeliveryTests.yaml(
                    port: secondPort, events: "shipment.cancelled", secret: Self.otherSecret))
            live.replace(with: replaced.configuration)
            let b = try #require(try await OperatorAPITests.create(client).data).tracking_code
            try await WebhookDeliveryTests.cancel(client, b)
            try await WebhookDeliveryTests.eventually(5) { second.delivered.count == 1 }
            try await WebhookDeliveryTests.eventually(5) {
                try await WebhookDeliveryTests.deliveries(client, "?state=pending").isEmpty
            }
            try await Task.sleep(for: .milliseconds(300))

            #expect(second.received.count == 1 && second.received.allSatisfy(\.signatureValid))
            #expect(
                second.delivered.compactMap(\.payload).map { "\($0.type) \($0.data.tracking_code)" } == [
                    "shipment.cancelled \(b)"
                ])
            let failed = try await WebhookDeliveryTests.deliveries(client, "?state=failed")
            #expect(failed.map(\.tracking_code) == [a])
            #expect(failed.first?.type == "shipment.cancelled")
            #expect(failed.first?.last_error == "endpoint no longer configured")
            #expect(failed.first?.endpoint == first.url(port: firstPort))
            let delivered = try await WebhookDeliveryTests.deliveries(client, "?state=delivered")
            #expect(delivered.count == 2)
            #expect(Set(delivered.map(\.endpoint)) == [first.url(port: firstPort), second.url(port: secondPort)])
            #expect(!delivered.contains { $0.tracking_code == unannounced })
        }
        await second.stop()
    }
}
