/// What ``ShipmentStore/cancel(trackingCode:at:)`` did.
public enum CancelOutcome: Sendable, Equatable {
    /// The active shipment is now cancelled (with a new sequence number).
    case cancelled(ShipmentRecord)
    /// It was cancelled before; nothing changed.
    case alreadyCancelled(ShipmentRecord)
    /// It cannot be cancelled: it is pending (label still being made), void (never handed to Picqer), or it has
    /// a tracking event (the carrier has the parcel: its ``ShipmentRecord/trackingStatus`` is set).
    case notCancellable(ShipmentRecord)
    /// No shipment has that tracking code.
    case notFound
}
