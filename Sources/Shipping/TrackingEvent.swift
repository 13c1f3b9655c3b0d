import Foundation

/// A stored scan event of a shipment.
public struct TrackingEvent: Sendable, Equatable {
    /// The carrier's own unique id of the event.
    public var eventID: String
    /// The shipment's tracking code.
    public var trackingCode: String
    /// What happened.
    public var status: TrackingEventStatus
    /// When it happened.
    public var occurredAt: Date
    /// Where it happened, when known.
    public var location: TrackingEventLocation?
    /// Free text from the carrier.
    public var description: String?
    /// When this server received it.
    public var receivedAt: Date

    /// Creates a stored event (stores build them).
    public init(_ event: NewTrackingEvent, receivedAt: Date) {
        eventID = event.eventID
        trackingCode = event.trackingCode
        status = event.status
        occurredAt = event.occurredAt
        location = event.location
        description = event.description
        self.receivedAt = receivedAt
    }
}
