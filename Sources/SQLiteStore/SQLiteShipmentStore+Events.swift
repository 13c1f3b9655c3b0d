import Foundation
import GRDB
import Shipping

extension SQLiteShipmentStore {
    /// Stores the batch in one write transaction; the UNIQUE `event_id` makes a concurrent batch with the same
    /// ids see them as duplicates (SQLite's single writer orders the two transactions).
    public func record(events: [NewTrackingEvent], receivedAt: Date) async throws -> [EventOutcome] {
        guard !events.isEmpty else { return [] }
        let outbox = self.outbox
        return try await pool.write { db in
            try events.map { try Self.record($0, receivedAt: receivedAt, outbox: outbox, in: db) }
        }
    }

    /// The shipment's events, oldest first (`occurred_at`, then row id: arrival order).
    public func events(trackingCode: String) async throws -> [TrackingEvent]? {
        try await pool.read { db in
            guard
                let shipmentID = try Int64.fetchOne(
                    db, sql: "SELECT id FROM shipment WHERE tracking_code = ?", arguments: [trackingCode])
            else { return nil }
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT event_id, status, occurred_at, city, postcode, country, description, received_at
                    FROM tracking_event WHERE shipment_id = ? ORDER BY occurred_at, id
                    """,
                arguments: [shipmentID]
            ).map { row in
                let status: String = row["status"]
                return TrackingEvent(
                    NewTrackingEvent(
                        eventID: row["event_id"], trackingCode: trackingCode,
                        status: TrackingEventStatus(rawValue: status) ?? .inTransit, occurredAt: row["occurred_at"],
                        location: TrackingEventLocation(
                            city: row["city"], postcode: row["postcode"], country: row["country"]),
                        description: row["description"]),
                    receivedAt: row["received_at"])
            }
        }
    }

    /// Stores one event inside the batch's write transaction and updates its shipment as one change.
    static func record(_ event: NewTrackingEvent, receivedAt: Date, outbox: WebhookOutbox?, in db: Database) throws
        -> EventOutcome
    {
        if try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM tracking_event WHERE event_id = ?)"),
            arguments: [event.eventID]) == true
        {
            return .duplicate
        }
        // Only the columns the rules need: the stored request (a few kilobytes) is not read per event.
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: "SELECT id, status, tracking_status, last_event_at FROM shipment WHERE tracking_code = ?"),
                arguments: [event.trackingCode])
        else {
            return .rejected([.init(field: "tracking_code", message: "no shipment has this tracking code")])
        }
        let shipmentID: Int64 = row[0]
        let statusText: String = row[1]
        let trackingText: String? = row[2]
        let lastEventAt: Date? = row[3]
        let trackingStatus = trackingText.flatMap(TrackingEventStatus.init(rawValue:))
        if let refusal = EventOutcome.refusal(
            of: event, status: ShipmentRecord.Status(rawValue: statusText) ?? .void, receivedAt: receivedAt)
        {
            return .rejected(refusal)
        }
        try db.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO tracking_event (event_id, shipment_id, status, occurred_at, city, postcode,
                    country, description, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                event.eventID, shipmentID, event.status.rawValue, event.occurredAt, event.location?.city,
                event.location?.postcode, event.location?.country, event.description, receivedAt,
            ])
        guard db.changesCount > 0 else { return .duplicate }
        if event.status.supersedes(
            trackingStatus, occurredAt: event.occurredAt, currentAt: lastEventAt)
        {
            let last = max(event.occurredAt, lastEventAt ?? event.occurredAt)
            _ = try change(
                id: shipmentID, at: receivedAt, set: "tracking_status = ?, last_event_at = ?",
                arguments: [event.status.rawValue, last], in: db)
            if event.status != trackingStatus {
                try announce(.shipmentStatusChanged, shipmentID: shipmentID, at: receivedAt, into: outbox, in: db)
            }
        } else if let current = lastEventAt, event.occurredAt > current {
            _ = try change(
                id: shipmentID, at: receivedAt, set: "last_event_at = ?", arguments: [event.occurredAt], in: db)
        } else {
            try touch(id: shipmentID, at: receivedAt, in: db)
        }
        return .created
    }
}
