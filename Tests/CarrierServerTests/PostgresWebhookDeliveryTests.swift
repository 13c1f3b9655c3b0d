import CarrierServer
import Foundation
import PostgresStore
import Shipping
import Testing

/// Webhooks delivered from a PostgreSQL database by the running server: announced with the change, sent within
/// moments of the commit, signed, in order per shipment, each once.
@Suite struct PostgresWebhookDeliveryTests {
    @Test(
        .enabled(
            if: PostgresOutageTests.url != nil || PostgresOutageTests.environment["CI"] == "true",
            "PICQER_CARRIER_TEST_POSTGRES_URL is not set: webhooks from PostgreSQL are skipped (scripts/with-postgres.sh runs them)"
        ))
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
        try await WebhookDeliveryTests.everyChangeArrives(carrier: carrier, flow: flow, receiver: receiver, port: port)
        await receiver.stop()
    }
}
