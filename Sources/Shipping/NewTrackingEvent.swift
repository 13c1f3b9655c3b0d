import Foundation

/// A scan event that passed the field checks of ``TrackingEventInput``, ready for
/// ``ShipmentStore/record(events:receivedAt:)``.
public struct NewTrackingEvent: Sendable, Equatable {
    /// The carrier's own unique id of the event: the same id again is a duplicate.
    public var eventID: String
    /// The shipment's tracking code.
    public var trackingCode: String
    /// What happened.
    public var status: TrackingEventStatus
    /// When it happened.
    public var occurredAt: Date
    /// Where it happened, when known.
    public var location: TrackingEventLocation?
    /// Free text from the carrier (at most ``TrackingEventInput/maximumDescriptionLength`` characters).
    public var description: String?

    /// Creates an event.
    public init(
        eventID: String, trackingCode: String, status: TrackingEventStatus, occurredAt: Date,
        location: TrackingEventLocation? = nil, description: String? = nil
    ) {
        self.eventID = eventID
        self.trackingCode = trackingCode
        self.status = status
        self.occurredAt = occurredAt
        self.location = location
        self.description = description
    }
}
