import PostgresNIO
import Shipping

/// The scan events of the shipment with a tracking code, oldest first (`occurred_at`, then arrival), in one
/// prepared statement: one row per event, or — for a shipment without events — one row without an event; no
/// row when there is no such shipment.
struct EventsByCodeStatement: TrackingCodeLookup {
    /// An event, `nil` for the row of a shipment without events.
    typealias Row = TrackingEvent?

    static let sql = """
        SELECT event.event_id, event.status, event.occurred_at, event.city, event.postcode, event.country,
            event.description, event.received_at
        FROM shipment LEFT JOIN tracking_event event ON event.shipment_id = shipment.id
        WHERE shipment.tracking_code = $1::text
        ORDER BY event.occurred_at, event.id
        """

    var trackingCode: String

    func decodeRow(_ row: PostgresRow) throws -> TrackingEvent? {
        let (eventID, status, occurredAt, city, postcode, country, description, receivedAt) = try row.decode(
            (String?, String?, PostgresTimestamp?, String?, String?, String?, String?, PostgresTimestamp?).self)
        guard let eventID, let status, let occurredAt, let receivedAt else { return nil }
        return TrackingEvent(
            NewTrackingEvent(
                eventID: eventID, trackingCode: trackingCode,
                status: TrackingEventStatus(rawValue: status) ?? .inTransit, occurredAt: occurredAt.date,
                location: TrackingEventLocation(city: city, postcode: postcode, country: country),
                description: description),
            receivedAt: receivedAt.date)
    }
}
