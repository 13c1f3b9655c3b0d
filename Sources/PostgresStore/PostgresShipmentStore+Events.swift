import Foundation
import PostgresNIO
import Shipping

extension PostgresShipmentStore {
    /// A shipment's tracking state while a batch of events is stored (its row is locked).
    private struct Tracking: Sendable {
        var id: Int64
        var status: ShipmentRecord.Status
        var trackingStatus: TrackingEventStatus?
        var lastEventAt: Date?
    }

    /// Stores the batch in one transaction. The unique `event_id`, inserted with `ON CONFLICT DO NOTHING`, makes
    /// an event that a concurrent batch stores first a duplicate here (the insert waits for that transaction).
    /// Each stored event is one change: the batch takes as many sequence numbers, at its end, and each shipment
    /// gets the number of its last event.
    public func record(events: [NewTrackingEvent], receivedAt: Date) async throws -> [EventOutcome] {
        guard !events.isEmpty else { return [] }
        let logger = self.logger
        let received = PostgresTimestamp(receivedAt)
        let outbox = self.outbox
        let (outcomes, announced) = try await transaction { connection -> ([EventOutcome], Bool) in
            var outcomes: [EventOutcome] = []
            var announced = false
            var shipments: [String: Tracking] = [:]
            /// The shipment of every stored event, in order.
            var changed: [Int64] = []
            for event in events {
                let known = try await connection.query(
                    "SELECT EXISTS (SELECT 1 FROM tracking_event WHERE event_id = \(event.eventID))", logger: logger
                ).single(Bool.self)
                if known {
                    outcomes.append(.duplicate)
                    continue
                }
                var tracking: Tracking
                if let cached = shipments[event.trackingCode] {
                    tracking = cached
                } else {
                    var found: Tracking?
                    for try await (id, status, trackingStatus, lastEventAt) in try await connection.query(
                        """
                        SELECT id, status, tracking_status, last_event_at FROM shipment
                        WHERE tracking_code = \(event.trackingCode) FOR UPDATE
                        """, logger: logger
                    ).decode((Int64, String, String?, PostgresTimestamp?).self) {
                        found = Tracking(
                            id: id, status: ShipmentRecord.Status(rawValue: status) ?? .void,
                            trackingStatus: trackingStatus.flatMap(TrackingEventStatus.init(rawValue:)),
                            lastEventAt: lastEventAt?.date)
                    }
                    guard let found else {
                        outcomes.append(
                            .rejected([.init(field: "tracking_code", message: "no shipment has this tracking code")]))
                        continue
                    }
                    tracking = found
                }
                if let refusal = EventOutcome.refusal(of: event, status: tracking.status, receivedAt: receivedAt) {
                    outcomes.append(.rejected(refusal))
                    continue
                }
                let occurred = PostgresTimestamp(event.occurredAt)
                var inserted = false
                for try await _ in try await connection.query(
                    """
                    INSERT INTO tracking_event (event_id, shipment_id, status, occurred_at, city, postcode, country,
                        description, received_at)
                    VALUES (\(event.eventID), \(tracking.id), \(event.status.rawValue), \(occurred),
                        \(event.location?.city), \(event.location?.postcode), \(event.location?.country),
                        \(event.description), \(received))
                    ON CONFLICT (event_id) DO NOTHING
                    RETURNING id
                    """, logger: logger
                ) {
                    inserted = true
                }
                guard inserted else {
                    outcomes.append(.duplicate)
                    continue
                }
                let previous = tracking.trackingStatus
                if event.status.supersedes(
                    tracking.trackingStatus, occurredAt: occurred.date, currentAt: tracking.lastEventAt)
                {
                    tracking.trackingStatus = event.status
                }
                tracking.lastEventAt = max(occurred.date, tracking.lastEventAt ?? occurred.date)
                try await connection.query(
                    """
                    UPDATE shipment SET tracking_status = \(tracking.trackingStatus?.rawValue),
                        last_event_at = \(tracking.lastEventAt.map { PostgresTimestamp($0) }), updated_at = \(received)
                    WHERE id = \(tracking.id)
                    """, logger: logger)
                if tracking.trackingStatus != previous,
                    try await Self.announce(
                        .shipmentStatusChanged, shipmentID: tracking.id, at: receivedAt, into: outbox,
                        on: connection, logger: logger)
                {
                    announced = true
                }
                shipments[event.trackingCode] = tracking
                changed.append(tracking.id)
                outcomes.append(.created)
            }
            guard !changed.isEmpty else { return (outcomes, announced) }
            // Each shipment takes the number of its last stored event: positions 1…n of this batch after the
            // counter, taken last (see the type's documentation).
            var lastPosition: [Int64: Int64] = [:]
            for (index, id) in changed.enumerated() { lastPosition[id] = Int64(index + 1) }
            let ids = Array(lastPosition.keys)
            let positions = ids.map { lastPosition[$0]! }
            try await connection.query(
                """
                WITH next AS (
                    UPDATE change_counter SET last_sequence = last_sequence + \(changed.count) WHERE name = 'shipment'
                    RETURNING last_sequence)
                UPDATE shipment SET sequence = next.last_sequence - \(changed.count) + stored.position,
                    updated_at = \(received)
                FROM next, unnest(\(ids)::bigint[], \(positions)::bigint[]) AS stored(id, position)
                WHERE shipment.id = stored.id
                """, logger: logger)
            return (outcomes, announced)
        }
        if announced { outbox?.signal.signal() }
        return outcomes
    }

    /// The shipment's events, oldest first (`occurred_at`, then arrival).
    public func events(trackingCode: String) async throws -> [TrackingEvent]? {
        let logger = self.logger
        return try await perform { client in
            var found = false
            var events: [TrackingEvent] = []
            for try await event in try await client.execute(
                EventsByCodeStatement(trackingCode: trackingCode), logger: logger)
            {
                found = true
                if let event { events.append(event) }
            }
            return found ? events : nil
        }
    }
}
