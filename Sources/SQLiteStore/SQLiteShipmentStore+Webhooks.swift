import Foundation
import GRDB
import Shipping

extension SQLiteShipmentStore {
    /// Migration 5: the webhook outbox.
    ///
    /// `webhook_notification` holds one row per announced change with its body (the operator API's shipment
    /// object, personal data included), written once and never rewritten — like `shipment_request`, so that the
    /// only copy is the one erasure overwrites. `webhook_delivery` holds one row per notification and endpoint
    /// with its delivery state; it is updated on every attempt and holds no personal data. Only the oldest
    /// pending delivery of a shipment to an endpoint has a `next_attempt_at`; the others wait with NULL until
    /// it is delivered or given up, which keeps notifications in order per shipment and makes "what is due"
    /// one range of an index.
    static func migrateToWebhookOutbox(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE webhook_notification (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    shipment_id INTEGER NOT NULL REFERENCES shipment(id),
                    type TEXT NOT NULL,
                    created_at DATETIME NOT NULL,
                    body BLOB
                );
                CREATE INDEX webhook_notification_on_shipment ON webhook_notification(shipment_id);
                CREATE TABLE webhook_delivery (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    notification_id INTEGER NOT NULL REFERENCES webhook_notification(id),
                    shipment_id INTEGER NOT NULL REFERENCES shipment(id),
                    endpoint TEXT NOT NULL,
                    state TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    last_status INTEGER,
                    last_error TEXT,
                    next_attempt_at DATETIME,
                    created_at DATETIME NOT NULL,
                    delivered_at DATETIME
                );
                CREATE INDEX webhook_delivery_pending_per_shipment ON webhook_delivery(shipment_id, endpoint, id)
                    WHERE state = 'pending';
                CREATE INDEX webhook_delivery_pending_due ON webhook_delivery(next_attempt_at)
                    WHERE state = 'pending';
                CREATE INDEX webhook_delivery_on_state ON webhook_delivery(state, id);
                """)
    }

    /// Writes the notification of a change of `type` to shipment `shipmentID` — its body rendered from the
    /// record as the change left it, and one delivery per endpoint that wants it — inside the change's own
    /// transaction, and wakes the deliverer once that transaction commits. Nothing when no endpoint wants it.
    static func announce(
        _ type: WebhookEventType, shipmentID: Int64, at date: Date, into outbox: WebhookOutbox?, in db: Database
    ) throws {
        guard let outbox else { return }
        let endpoints = outbox.endpoints(for: type)
        guard !endpoints.isEmpty else { return }
        let snapshot = try record(id: shipmentID, in: db)
        let body = outbox.render(type, snapshot, date)
        try db.cachedStatement(
            sql: "INSERT INTO webhook_notification (shipment_id, type, created_at, body) VALUES (?, ?, ?, ?)"
        ).execute(arguments: [shipmentID, type.rawValue, date, Data(body)])
        let notificationID = db.lastInsertedRowID
        for endpoint in endpoints {
            // Due now unless an earlier notification of this shipment to this endpoint is still pending.
            try db.cachedStatement(
                sql: """
                    INSERT INTO webhook_delivery (notification_id, shipment_id, endpoint, state, attempts,
                        next_attempt_at, created_at)
                    VALUES (?, ?, ?, 'pending', 0,
                        CASE WHEN EXISTS (SELECT 1 FROM webhook_delivery WHERE state = 'pending' AND shipment_id = ?
                            AND endpoint = ?) THEN NULL ELSE ? END, ?)
                    """
            ).execute(arguments: [notificationID, shipmentID, endpoint, shipmentID, endpoint, date, date])
        }
        let signal = outbox.signal
        db.afterNextTransaction(onCommit: { _ in signal.signal() })
    }

    public func dueWebhookDeliveries(at now: Date, limit: Int) async throws -> [WebhookDelivery] {
        guard limit > 0 else { return [] }
        return try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT d.id, n.type, s.tracking_code, d.endpoint, n.body, d.attempts, d.created_at
                    FROM webhook_delivery d
                    JOIN webhook_notification n ON n.id = d.notification_id
                    JOIN shipment s ON s.id = d.shipment_id
                    WHERE d.state = 'pending' AND d.next_attempt_at <= ?
                    ORDER BY d.next_attempt_at, d.id LIMIT ?
                    """,
                arguments: [now, limit]
            ).map { row in
                let type: String = row[1]
                let body: Data? = row[4]
                return WebhookDelivery(
                    id: row[0], type: WebhookEventType(rawValue: type) ?? .shipmentStatusChanged, trackingCode: row[2],
                    endpoint: row[3], body: body.map { [UInt8]($0) }, attempts: row[5], createdAt: row[6])
            }
        }
    }

    public func nextWebhookAttempt() async throws -> Date? {
        try await pool.read { db in
            try Date.fetchOne(
                db,
                sql: """
                    SELECT next_attempt_at FROM webhook_delivery
                    WHERE state = 'pending' AND next_attempt_at IS NOT NULL ORDER BY next_attempt_at LIMIT 1
                    """)
        }
    }

    public func recordWebhookAttempt(id: Int64, _ result: WebhookAttemptResult) async throws {
        let signal = outbox?.signal
        try await pool.write { db in
            switch result.next {
            case .retry(let next):
                try db.execute(
                    sql: """
                        UPDATE webhook_delivery SET attempts = attempts + 1, last_status = ?, last_error = ?,
                            next_attempt_at = ?
                        WHERE id = ? AND state = 'pending'
                        """,
                    arguments: [result.httpStatus, result.error, next, id])
            case .delivered, .giveUp:
                let delivered = result.next == .delivered
                try db.execute(
                    sql: """
                        UPDATE webhook_delivery SET state = ?, attempts = attempts + 1, last_status = ?, last_error = ?,
                            next_attempt_at = NULL, delivered_at = ?
                        WHERE id = ? AND state = 'pending'
                        """,
                    arguments: [
                        delivered ? WebhookDeliveryState.delivered.rawValue : WebhookDeliveryState.failed.rawValue,
                        result.httpStatus, result.error, delivered ? result.at : nil, id,
                    ])
                guard db.changesCount > 0 else { return }
                // The next notification of the same shipment to the same endpoint is due now.
                try db.execute(
                    sql: """
                        UPDATE webhook_delivery SET next_attempt_at = ?
                        WHERE id = (
                            SELECT later.id FROM webhook_delivery later, webhook_delivery done
                            WHERE done.id = ? AND later.state = 'pending' AND later.shipment_id = done.shipment_id
                                AND later.endpoint = done.endpoint
                            ORDER BY later.id LIMIT 1)
                        AND next_attempt_at IS NULL
                        """,
                    arguments: [result.at, id])
                if db.changesCount > 0, let signal { db.afterNextTransaction(onCommit: { _ in signal.signal() }) }
            }
        }
    }

    @discardableResult
    public func resumeWebhookDeliveries(at now: Date) async throws -> Int {
        try await pool.write { db in
            try db.execute(
                sql: "UPDATE webhook_delivery SET next_attempt_at = ? WHERE state = 'pending' AND next_attempt_at > ?",
                arguments: [now, now])
            return db.changesCount
        }
    }

    public func pendingWebhookDeliveryCount() async throws -> Int {
        try await pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM webhook_delivery WHERE state = 'pending'") ?? 0
        }
    }

    public func webhookDeliveries(state: WebhookDeliveryState?, limit: Int) async throws -> [WebhookDeliveryRecord] {
        guard limit > 0 else { return [] }
        var arguments: StatementArguments = []
        if let state { arguments += [state.rawValue] }
        arguments += [limit]
        return try await pool.read { [arguments] db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT d.id, n.type, s.tracking_code, d.endpoint, d.state, d.attempts, d.last_status, d.last_error,
                        d.next_attempt_at, d.created_at, d.delivered_at
                    FROM webhook_delivery d
                    JOIN webhook_notification n ON n.id = d.notification_id
                    JOIN shipment s ON s.id = d.shipment_id
                    WHERE \(state == nil ? "1" : "d.state = ?")
                    ORDER BY d.id DESC LIMIT ?
                    """,
                arguments: arguments
            ).map { row in
                let type: String = row[1]
                let state: String = row[4]
                return WebhookDeliveryRecord(
                    id: row[0], type: WebhookEventType(rawValue: type) ?? .shipmentStatusChanged, trackingCode: row[2],
                    endpoint: row[3], state: WebhookDeliveryState(rawValue: state) ?? .failed, attempts: row[5],
                    lastStatus: row[6], lastError: row[7], nextAttemptAt: row[8], createdAt: row[9],
                    deliveredAt: row[10])
            }
        }
    }
}
