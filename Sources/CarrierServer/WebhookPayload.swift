import Foundation
import SQLiteStore
import Shipping

/// The body of a webhook: `{"type": "shipment.created", "timestamp": RFC 3339, "data": <the operator API's
/// shipment object>}` — with personal data, since the receiver is the carrier's own system.
struct WebhookPayload: Encodable {
    var type: String
    var timestamp: Date
    var data: Components.Schemas.Shipment?

    /// The JSON of a change of `type` to `record` at `date`, encoded as the operator API encodes its answers.
    static func body(type: WebhookEventType, record: ShipmentRecord, date: Date, view: OperatorShipmentView)
        -> [UInt8]
    {
        let payload = WebhookPayload(type: type.rawValue, timestamp: date, data: view.shipment(of: record))
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.withoutEscapingSlashes]
        // Encoding generated Codable types with plain values cannot fail.
        return (try? Array(encoder.encode(payload))) ?? Array(#"{"type":"\#(type.rawValue)"}"#.utf8)
    }
}

extension CarrierApplication {
    /// The webhook outbox of `configuration` (`webhooks:`; none is fine: nothing is announced until a reload
    /// adds some, see ``updateWebhooks(of:to:)``), rendering bodies with the operator API's shipment object.
    public static func webhookOutbox(configuration: CarrierConfiguration) -> WebhookOutbox {
        WebhookOutbox(
            subscriptions: webhookSubscriptions(configuration), render: webhookRender(configuration))
    }

    /// Makes `outbox` announce to `configuration`'s webhooks from now on, with its bodies (a reload).
    static func updateWebhooks(of outbox: WebhookOutbox, to configuration: CarrierConfiguration) {
        outbox.update(subscriptions: webhookSubscriptions(configuration), render: webhookRender(configuration))
    }

    private static func webhookSubscriptions(_ configuration: CarrierConfiguration) -> [WebhookOutbox.Subscription] {
        configuration.webhooks.map { .init(endpoint: $0.url, events: $0.events) }
    }

    private static func webhookRender(_ configuration: CarrierConfiguration) -> WebhookOutbox.Render {
        let view = OperatorShipmentView(configuration: configuration)
        return { type, record, date in WebhookPayload.body(type: type, record: record, date: date, view: view) }
    }

    /// The SQLite store of `configuration`, announcing changes to its webhooks: what the server and every
    /// command that changes shipments open.
    public static func openStore(configuration: CarrierConfiguration) throws -> SQLiteShipmentStore {
        try SQLiteShipmentStore(path: configuration.databasePath, outbox: webhookOutbox(configuration: configuration))
    }
}
