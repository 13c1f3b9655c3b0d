import Foundation

extension TrackingEventInput {
    /// The event, or every field error at once. `receivedAt` bounds `occurred_at`: at most
    /// ``allowedFuture`` later.
    public func validated(receivedAt: Date) -> Result<NewTrackingEvent, EventOutcomeErrors> {
        var errors: [EventFieldError] = []
        func required(_ value: String?, _ field: String) -> String? {
            guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else {
                errors.append(.init(field: field, message: "is missing"))
                return nil
            }
            return trimmed
        }
        let eventID = required(self.eventID, "event_id")
        if let eventID, eventID.count > Self.maximumEventIDLength {
            errors.append(
                .init(
                    field: "event_id",
                    message: "is \(eventID.count) characters long; at most \(Self.maximumEventIDLength) are allowed"))
        }
        let trackingCode = required(self.trackingCode, "tracking_code")
        var status: TrackingEventStatus?
        if let text = required(self.status, "status") {
            status = TrackingEventStatus(rawValue: text)
            if status == nil {
                let known = TrackingEventStatus.allCases.map(\.rawValue).joined(separator: ", ")
                errors.append(
                    .init(field: "status", message: "'\(text.prefix(50))' is not a status; use one of \(known)"))
            }
        }
        var occurredAt: Date?
        if let text = required(self.occurredAt, "occurred_at") {
            occurredAt = Self.parseTimestamp(text)
            if occurredAt == nil {
                errors.append(
                    .init(
                        field: "occurred_at",
                        message:
                            "'\(text.prefix(50))' is not an RFC 3339 time with an offset, e.g. 2026-12-05T14:30:00+01:00"
                    ))
            } else if let date = occurredAt, date > receivedAt.addingTimeInterval(Self.allowedFuture) {
                errors.append(
                    .init(
                        field: "occurred_at",
                        message: "is more than 1 hour in the future; check the scanner's clock and time zone"))
            }
        }
        let description = self.description?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let description, description.count > Self.maximumDescriptionLength {
            errors.append(
                .init(
                    field: "description",
                    message:
                        "is \(description.count) characters long; at most \(Self.maximumDescriptionLength) are allowed")
            )
        }
        guard errors.isEmpty, let eventID, let trackingCode, let status, let occurredAt else {
            return .failure(EventOutcomeErrors(errors: errors))
        }
        return .success(
            NewTrackingEvent(
                eventID: eventID, trackingCode: trackingCode, status: status, occurredAt: occurredAt,
                location: TrackingEventLocation(city: city, postcode: postcode, country: country),
                description: description?.isEmpty == false ? description : nil))
    }

    /// `text` as an RFC 3339 date-time with a `Z` or numeric offset (fractional seconds allowed), or `nil`.
    public static func parseTimestamp(_ text: String) -> Date? {
        timestampStyles.lazy.compactMap { try? $0.parse(text) }.first
    }

    /// RFC 3339 without and with fractional seconds (format styles are `Sendable` and cheap to reuse).
    static let timestampStyles = [
        Date.ISO8601FormatStyle(), Date.ISO8601FormatStyle(includingFractionalSeconds: true),
    ]
}
