import Foundation

extension EventOutcome {
    /// Why `event` cannot be stored for a shipment (found by its tracking code) in `status`, or `nil` when it
    /// can: the shipment must be active (not pending, void or cancelled) and the event must not lie more than
    /// ``TrackingEventInput/allowedFuture`` after `receivedAt`. Both stores apply these same rules.
    public static func refusal(of event: NewTrackingEvent, status: ShipmentRecord.Status, receivedAt: Date)
        -> [EventFieldError]?
    {
        var errors: [EventFieldError] = []
        switch status {
        case .active: break
        case .pending:
            errors.append(
                .init(field: "tracking_code", message: "the shipment's label is still being made; send the event again")
            )
        case .void:
            errors.append(
                .init(field: "tracking_code", message: "the shipment is void: its label never reached Picqer"))
        case .cancelled:
            errors.append(.init(field: "tracking_code", message: "the shipment was cancelled"))
        }
        if event.occurredAt > receivedAt.addingTimeInterval(TrackingEventInput.allowedFuture) {
            errors.append(
                .init(
                    field: "occurred_at",
                    message: "is more than 1 hour in the future; check the scanner's clock and time zone"))
        }
        return errors.isEmpty ? nil : errors
    }
}
