import CarrierServer
import Foundation
import PostgresStore
import Shipping
import Testing

/// Webhooks delivered from a PostgreSQL database by the running server: announced with the change, sent within
/// moments of the commit, signed, in order per shipment, each once.
@Suite struct PostgresWebhookDeliveryTests {
    @Test(.enabled(if: PostgresOutageTests.url != nil || PostgresOutageTests.environment["CI"] == "true"))
    func changesReachTheReceiverFromPostgreSQL() async throws {
        let receiver = WebhookReceiver(key: WebhookDeliveryTests.key)
        let port = try await receiver.start()
        let carrier = try TestCarrier(extraYAML: WebhookDeliveryTests.yaml(port: port))
        let store = PostgresShipmentStore(
            configuration: try await PostgresOutageTests.freshSchema(), logger: TestCarrier.logger,
            outbox: CarrierApplication.webhookOutbox(configuration: carrier.configuration))
        let running = Task { try await store.run() }
        defer { running.cancel() }
        for _ in 0..<100 where !store.isConnected { try await Task.sleep(for: .milliseconds(100)) }
        #expect(store.isConnected)
        let flow = CarrierApplication.flow(
            configuration: carrier.configuration, store: store, logger: TestCarrier.logger)
        try await carrier.withServer(flow: flow, webhookDelivery: WebhookDeliveryTests.policy()) { client in
            let a = try #require(try await OperatorAPITests.create(client).data).tracking_code
            let committed = Date()
            try await WebhookDeliveryTests.eventually(5) { receiver.delivered.count == 1 }
            let first = try #require(receiver.delivered.first)
            #expect(first.at.timeIntervalSince(committed) < 1, "sent \(first.at.timeIntervalSince(committed)) s after")
            let results = try await EventsAPITests.post(
                client,
                [
                    [
                        "event_id": "pg-w1", "tracking_code": a, "status": "picked_up",
                        "occurred_at": EventsAPITests.time(minutes: -30),
                    ],
                    [
                        "event_id": "pg-w2", "tracking_code": a, "status": "in_transit",
                        "occurred_at": EventsAPITests.time(minutes: -20),
                    ],
                ])
            #expect(results.results.map(\.outcome) == ["created", "created"])
            let b = try #require(try await OperatorAPITests.create(client).data).tracking_code
            try await WebhookDeliveryTests.cancel(client, b)
            try await WebhookDeliveryTests.eventually(5) { receiver.delivered.count == 5 }
            try await Task.sleep(for: .milliseconds(300))

            let received = receiver.received
            #expect(received.count == 5, "nothing sent twice or more than announced")
            #expect(received.allSatisfy { $0.signatureValid })
            let payloads = received.compactMap(\.payload)
            #expect(
                payloads.filter { $0.data.tracking_code == a }.map { "\($0.type) \($0.data.tracking_status)" } == [
                    "shipment.created registered", "shipment.status_changed picked_up",
                    "shipment.status_changed in_transit",
                ])
            #expect(
                payloads.filter { $0.data.tracking_code == b }.map { "\($0.type) \($0.data.status)" } == [
                    "shipment.created active", "shipment.cancelled cancelled",
                ])
            let listed = try await WebhookDeliveryTests.deliveries(client, "?state=delivered")
            #expect(listed.map(\.id).sorted() == received.compactMap { Int($0.id) }.sorted())
            #expect(try await WebhookDeliveryTests.deliveries(client, "?state=pending").isEmpty)
        }
        await receiver.stop()
    }
}
