import Foundation

/// One scan event as the carrier sent it (a JSON item of `POST /api/v1/events` or a CSV row), before any
/// check: every field is text and may be missing, so that one bad event is rejected on its own.
public struct TrackingEventInput: Sendable, Equatable {
    /// The longest `event_id` accepted.
    public static let maximumEventIDLength = 200
    /// The longest `description` accepted.
    public static let maximumDescriptionLength = 500
    /// How far in the future (after receipt) `occurred_at` may be: clocks of hand scanners drift.
    public static let allowedFuture: TimeInterval = 3600

    /// `event_id`.
    public var eventID: String?
    /// `tracking_code`.
    public var trackingCode: String?
    /// `status`.
    public var status: String?
    /// `occurred_at`, RFC 3339 with an offset.
    public var occurredAt: String?
    /// `location.city`.
    public var city: String?
    /// `location.postcode`.
    public var postcode: String?
    /// `location.country`.
    public var country: String?
    /// `description`.
    public var description: String?

    /// Creates an input.
    public init(
        eventID: String?, trackingCode: String?, status: String?, occurredAt: String?, city: String? = nil,
        postcode: String? = nil, country: String? = nil, description: String? = nil
    ) {
        self.eventID = eventID
        self.trackingCode = trackingCode
        self.status = status
        self.occurredAt = occurredAt
        self.city = city
        self.postcode = postcode
        self.country = country
        self.description = description
    }
}
