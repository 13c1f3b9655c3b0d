/// What happened to one event of a batch (``ShipmentStore/record(events:receivedAt:)``,
/// ``TrackingEventIntake``).
public enum EventOutcome: Sendable, Equatable {
    /// Stored, and the shipment's tracking status updated.
    case created
    /// An event with this `event_id` was stored before (or earlier in the same batch); nothing changed.
    case duplicate
    /// Not stored: each error names the field and says what is wrong.
    case rejected([EventFieldError])
}
