/// The kinds of shipment change a webhook announces (the `type` of its body and of the `events:` list of a
/// `webhooks:` entry in the configuration).
public enum WebhookEventType: String, Sendable, CaseIterable, Codable {
    /// The label reached Picqer: the shipment is active and the parcel is expected.
    case shipmentCreated = "shipment.created"
    /// The operator cancelled the shipment.
    case shipmentCancelled = "shipment.cancelled"
    /// The shipment became void: its tracking code was issued but its label never reached Picqer (usually no
    /// `shipment.created` came before it).
    case shipmentVoided = "shipment.voided"
    /// A scan event changed the shipment's tracking status (e.g. `in_transit` → `delivered`).
    case shipmentStatusChanged = "shipment.status_changed"
}
