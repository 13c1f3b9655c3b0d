import Labels

/// A shipment whose tracking code is issued (stored as pending) and whose documents are composed, waiting to
/// be rendered and delivered. Made by ``ShipmentFlow/issue(_:body:date:)``.
public struct IssuedShipment: Sendable {
    /// The stored shipment.
    public var record: ShipmentRecord
    /// What its documents say.
    public var composed: ComposedLabel

    /// Creates an issued shipment.
    public init(record: ShipmentRecord, composed: ComposedLabel) {
        self.record = record
        self.composed = composed
    }

    /// The issued tracking code.
    public var trackingCode: String { record.trackingCode }
    /// The public tracking page of the parcel.
    public var trackingURL: String { composed.label.trackingURL }
}
