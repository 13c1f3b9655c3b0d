import Foundation
import Logging
import NIOCore
import PostgresNIO
import Shipping

/// The webhook outbox on PostgreSQL, shared by every instance on the database.
///
/// The tables and rules are the SQLite store's (see `SQLiteShipmentStore`'s migration 5): a notification's body
/// is written once in the change's transaction, one delivery row per endpoint, and only the oldest pending
/// delivery of a shipment to an endpoint has a `next_attempt_at`. What several instances add:
///
/// - **Leases.** ``dueWebhookDeliveries(at:limit:)`` picks due rows with `FOR UPDATE SKIP LOCKED` and stamps
///   them `leased_until` (now + ``webhookLease``) in the same statement: an instance that asks at the same moment
///   skips the rows another is taking, and once stamped they are not due for anyone else until the attempt is
///   recorded (which clears the lease) or the lease runs out (the instance died mid-attempt: another one sends
///   it again — at least once, never by two instances at the same time while the lease holds).
/// - **Order under concurrency.** Announcing holds the shipment's row lock (every change takes it first), and
///   recording an attempt takes a share lock on the same row before it lets the next delivery of that shipment
///   go; so "is an earlier one still pending?" and "make the next one due" cannot pass each other in two
///   transactions, and no delivery is left waiting behind one that was already done.
extension PostgresShipmentStore {
    static let webhookMigration = Migration(
        version: 2, name: "webhook-outbox",
        statements: [
            """
            CREATE TABLE webhook_notification (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                shipment_id bigint NOT NULL REFERENCES shipment (id),
                type text NOT NULL,
                created_at timestamptz NOT NULL,
                body bytea
            )
            """,
            "CREATE INDEX webhook_notification_on_shipment ON webhook_notification (shipment_id)",
            """
            CREATE TABLE webhook_delivery (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                notification_id bigint NOT NULL REFERENCES webhook_notification (id),
                shipment_id bigint NOT NULL REFERENCES shipment (id),
                endpoint text NOT NULL,
                state text NOT NULL,
                attempts bigint NOT NULL DEFAULT 0,
                last_status bigint,
                last_error text,
                next_attempt_at timestamptz,
                leased_until timestamptz,
                created_at timestamptz NOT NULL,
                delivered_at timestamptz
            )
            """,
            """
            CREATE INDEX webhook_delivery_pending_per_shipment ON webhook_delivery (shipment_id, endpoint, id)
                WHERE state = 'pending'
            """,
            "CREATE INDEX webhook_delivery_pending_due ON webhook_delivery (next_attempt_at, id) WHERE state = 'pending'",
            "CREATE INDEX webhook_delivery_on_state ON webhook_delivery (state, id)",
        ])

    /// Writes the notification of a change of `type` to shipment `shipmentID` — its body rendered from the row
    /// as the change left it, one delivery per endpoint that wants it — on `connection`, inside the change's
    /// transaction (which holds the shipment's row lock).
    /// - Returns: whether anything was written (then wake the deliverer after the commit).
    static func announce(
        _ type: WebhookEventType, shipmentID: Int64, at date: Date, into outbox: WebhookOutbox?,
        on connection: PostgresConnection, logger: Logger
    ) async throws -> Bool {
        guard let outbox else { return false }
        let endpoints = outbox.endpoints(for: type)
        guard !endpoints.isEmpty else { return false }
        guard
            let snapshot = try await records(
                connection.query(
                    "SELECT \(unescaped: recordColumns) FROM shipment WHERE id = \(shipmentID)", logger: logger)
            ).first
        else { return false }
        let body = outbox.render(type, snapshot, date)
        let at = PostgresTimestamp(date)
        // Due now unless an earlier notification of this shipment to the endpoint is still pending.
        try await connection.query(
            """
            WITH notification AS (
                INSERT INTO webhook_notification (shipment_id, type, created_at, body)
                VALUES (\(shipmentID), \(type.rawValue), \(at), \(ByteBuffer(bytes: body)))
                RETURNING id)
            INSERT INTO webhook_delivery (notification_id, shipment_id, endpoint, state, attempts, next_attempt_at,
                created_at)
            SELECT notification.id, \(shipmentID), endpoint.url, 'pending', 0,
                CASE WHEN EXISTS (
                    SELECT 1 FROM webhook_delivery earlier WHERE earlier.state = 'pending'
                        AND earlier.shipment_id = \(shipmentID) AND earlier.endpoint = endpoint.url)
                THEN NULL ELSE \(at) END,
                \(at)
            FROM notification, unnest(\(endpoints)::text[]) WITH ORDINALITY AS endpoint(url, position)
            ORDER BY endpoint.position
            """, logger: logger)
        return true
    }

    /// Applies `change` to its shipment and, when it changed the shipment and an endpoint wants `type`,
    /// announces it in the same transaction.
    func apply(_ change: some ShipmentChangeStatement, announcing type: WebhookEventType, at date: Date) async throws {
        let logger = self.logger
        guard let outbox, !outbox.endpoints(for: type).isEmpty else {
            try await perform { client in for try await _ in try await client.execute(change, logger: logger) {} }
            return
        }
        let announced = try await transaction { connection in
            var changed = false
            for try await _ in try await connection.execute(change, logger: logger) { changed = true }
            guard changed else { return false }
            return try await Self.announce(
                type, shipmentID: change.id, at: date, into: outbox, on: connection, logger: logger)
        }
        if announced { outbox.signal.signal() }
    }

    public func dueWebhookDeliveries(at now: Date, limit: Int) async throws -> [WebhookDelivery] {
        guard limit > 0 else { return [] }
        let logger = self.logger
        let at = PostgresTimestamp(now)
        let until = PostgresTimestamp(now.addingTimeInterval(webhookLease.seconds))
        return try await perform { client in
            var due: [WebhookDelivery] = []
            for try await row in try await client.query(
                """
                WITH due AS (
                    SELECT id FROM webhook_delivery
                    WHERE state = 'pending' AND next_attempt_at <= \(at)
                        AND (leased_until IS NULL OR leased_until <= \(at))
                    ORDER BY next_attempt_at, id LIMIT \(limit)
                    FOR UPDATE SKIP LOCKED),
                leased AS (
                    UPDATE webhook_delivery d SET leased_until = \(until) FROM due WHERE d.id = due.id
                    RETURNING d.id, d.notification_id, d.shipment_id, d.endpoint, d.attempts, d.created_at,
                        d.next_attempt_at)
                SELECT leased.id, n.type, s.tracking_code, leased.endpoint, n.body, leased.attempts, leased.created_at
                FROM leased
                JOIN webhook_notification n ON n.id = leased.notification_id
                JOIN shipment s ON s.id = leased.shipment_id
                ORDER BY leased.next_attempt_at, leased.id
                """, logger: logger)
            {
                let cells = row.makeRandomAccess()
                let type = try cells[1].decode(String.self)
                let body = try cells[4].decode(ByteBuffer?.self)
                due.append(
                    WebhookDelivery(
                        id: try cells[0].decode(Int64.self),
                        type: WebhookEventType(rawValue: type) ?? .shipmentStatusChanged,
                        trackingCode: try cells[2].decode(String.self), endpoint: try cells[3].decode(String.self),
                        body: body.map { Array($0.readableBytesView) }, attempts: try cells[5].decode(Int.self),
                        createdAt: try cells[6].decode(PostgresTimestamp.self).date))
            }
            return due
        }
    }

    /// The earliest next attempt of a pending delivery; a delivery leased by an instance counts from the end of
    /// its lease (another instance has nothing to do with it before).
    public func nextWebhookAttempt() async throws -> Date? {
        let logger = self.logger
        return try await perform { client in
            let next = try await client.query(
                """
                SELECT min(greatest(next_attempt_at, leased_until)) FROM webhook_delivery
                WHERE state = 'pending' AND next_attempt_at IS NOT NULL
                """, logger: logger
            ).single(PostgresTimestamp?.self)
            return next?.date
        }
    }

    public func recordWebhookAttempt(id: Int64, _ result: WebhookAttemptResult) async throws {
        let logger = self.logger
        let at = PostgresTimestamp(result.at)
        let status = result.httpStatus.map(Int64.init)
        let error = result.error
        let released = try await transaction { connection -> Bool in
            // The shipment's row, shared: an announcement of the same shipment (which holds it exclusively)
            // either committed before — its delivery is seen below — or waits until this one has committed.
            try await connection.query(
                """
                SELECT 1 FROM shipment WHERE id = (SELECT shipment_id FROM webhook_delivery WHERE id = \(id))
                FOR SHARE
                """, logger: logger)
            switch result.next {
            case .retry(let next):
                try await connection.query(
                    """
                    UPDATE webhook_delivery SET attempts = attempts + 1, last_status = \(status),
                        last_error = \(error), next_attempt_at = \(PostgresTimestamp(next)), leased_until = NULL
                    WHERE id = \(id) AND state = 'pending'
                    """, logger: logger)
                return false
            case .delivered, .giveUp:
                let delivered = result.next == .delivered
                let state = delivered ? WebhookDeliveryState.delivered.rawValue : WebhookDeliveryState.failed.rawValue
                let done = try await connection.query(
                    """
                    UPDATE webhook_delivery SET state = \(state), attempts = attempts + 1, last_status = \(status),
                        last_error = \(error), next_attempt_at = NULL, leased_until = NULL,
                        delivered_at = \(delivered ? at : nil)
                    WHERE id = \(id) AND state = 'pending'
                    RETURNING id
                    """, logger: logger
                ).collect()
                guard !done.isEmpty else { return false }
                // The next notification of the same shipment to the same endpoint is due now.
                let following = try await connection.query(
                    """
                    UPDATE webhook_delivery SET next_attempt_at = \(at)
                    WHERE id = (
                        SELECT later.id FROM webhook_delivery later, webhook_delivery done
                        WHERE done.id = \(id) AND later.state = 'pending' AND later.shipment_id = done.shipment_id
                            AND later.endpoint = done.endpoint
                        ORDER BY later.id LIMIT 1)
                    AND next_attempt_at IS NULL
                    RETURNING id
                    """, logger: logger
                ).collect()
                return !following.isEmpty
            }
        }
        if released { outbox?.signal.signal() }
    }

    @discardableResult
    public func resumeWebhookDeliveries(at now: Date) async throws -> Int {
        let logger = self.logger
        let at = PostgresTimestamp(now)
        return try await perform { client in
            try await client.query(
                """
                WITH resumed AS (
                    UPDATE webhook_delivery SET next_attempt_at = \(at)
                    WHERE state = 'pending' AND next_attempt_at > \(at)
                    RETURNING 1)
                SELECT count(*) FROM resumed
                """, logger: logger
            ).single(Int.self)
        }
    }

    public func pendingWebhookDeliveryCount() async throws -> Int {
        let logger = self.logger
        return try await perform { client in
            try await client.query("SELECT count(*) FROM webhook_delivery WHERE state = 'pending'", logger: logger)
                .single(Int.self)
        }
    }

    public func webhookDeliveries(state: WebhookDeliveryState?, limit: Int) async throws -> [WebhookDeliveryRecord] {
        guard limit > 0 else { return [] }
        let logger = self.logger
        let wanted = state?.rawValue
        return try await perform { client in
            var records: [WebhookDeliveryRecord] = []
            for try await row in try await client.query(
                """
                SELECT d.id, n.type, s.tracking_code, d.endpoint, d.state, d.attempts, d.last_status, d.last_error,
                    d.next_attempt_at, d.created_at, d.delivered_at
                FROM webhook_delivery d
                JOIN webhook_notification n ON n.id = d.notification_id
                JOIN shipment s ON s.id = d.shipment_id
                WHERE \(wanted)::text IS NULL OR d.state = \(wanted)
                ORDER BY d.id DESC LIMIT \(limit)
                """, logger: logger)
            {
                let cells = row.makeRandomAccess()
                let type = try cells[1].decode(String.self)
                let state = try cells[4].decode(String.self)
                records.append(
                    WebhookDeliveryRecord(
                        id: try cells[0].decode(Int64.self),
                        type: WebhookEventType(rawValue: type) ?? .shipmentStatusChanged,
                        trackingCode: try cells[2].decode(String.self), endpoint: try cells[3].decode(String.self),
                        state: WebhookDeliveryState(rawValue: state) ?? .failed,
                        attempts: try cells[5].decode(Int.self), lastStatus: try cells[6].decode(Int?.self),
                        lastError: try cells[7].decode(String?.self),
                        nextAttemptAt: try cells[8].decode(PostgresTimestamp?.self)?.date,
                        createdAt: try cells[9].decode(PostgresTimestamp.self).date,
                        deliveredAt: try cells[10].decode(PostgresTimestamp?.self)?.date))
            }
            return records
        }
    }
}
