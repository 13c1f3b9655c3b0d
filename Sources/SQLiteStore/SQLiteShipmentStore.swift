import Foundation
import GRDB
import PicqerAPI
import Shipping

/// The embedded ``ShipmentStore``: one SQLite file in WAL mode.
///
/// Sequence numbers of the changes feed come from the `change_counter` row, read and advanced inside the
/// write transaction of the change itself. SQLite lets one writer at a time hold the write lock (and
/// ``GRDB/DatabasePool`` has one writer connection), and a transaction can only write when it sees the newest
/// committed state, so sequence numbers are assigned in commit order: number N+1 is taken only after the
/// transaction that took N has committed. Readers in WAL mode see committed transactions only, each read in
/// one snapshot, so no reader can ever see N+1 without N — a consumer that pages through
/// ``changes(after:limit:)`` with the last number it saw can neither miss nor repeat a change.
///
/// The request Picqer sent (the personal data) is kept in its own table, written once and never rewritten, so
/// status changes leave no stale copies of it in free space. ``erasePersonalData(createdBefore:at:)`` deletes
/// those rows with `PRAGMA secure_delete = ON` (the freed bytes are overwritten with zeros in the file), then
/// checkpoints and truncates the WAL file. Normal writes run without secure_delete: with it, every status
/// change zeroed pages and label throughput fell by a fifth.
public final class SQLiteShipmentStore: ShipmentStore {
    let pool: DatabasePool
    /// Where changes are announced to webhook endpoints (see ``WebhookOutboxStore``); `nil` without webhooks.
    public let outbox: WebhookOutbox?
    /// How many shipments one transaction of ``erasePersonalData(createdBefore:at:)`` erases, so that a first
    /// run on a large database does not hold the write lock (and Picqer's requests) for long.
    static let erasureBatchSize = 500

    /// Opens (creating when needed) the database at `path` and brings its schema up to date. Changes are
    /// announced into `outbox` when one is given.
    public init(path: String, outbox: WebhookOutbox? = nil) throws {
        self.outbox = outbox
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        pool = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(pool)
    }

    public func issue(_ shipment: NewShipment, scheme: TrackingCodeScheme) async throws -> ShipmentRecord {
        try await pool.write { db in
            let last =
                try Int64.fetchOne(
                    db, sql: "SELECT last_serial FROM serial_counter WHERE name = ?", arguments: [scheme.counterName])
                ?? 0
            let serial = last + 1
            guard serial <= scheme.maximumSerial else { throw ShipmentStoreError.serialsExhausted }
            try db.execute(
                sql: """
                    INSERT INTO serial_counter (name, last_serial) VALUES (?, ?)
                    ON CONFLICT(name) DO UPDATE SET last_serial = excluded.last_serial
                    """,
                arguments: [scheme.counterName, serial])
            let code = scheme.code(forSerial: serial)
            let now = Date()
            let sequence = try Self.nextSequence(db)
            try db.execute(
                sql: """
                    INSERT INTO shipment (tracking_code, account, service, sender_address_id, reference, order_id,
                        picklist_id, return_id, is_return, zpl_dpi, label_format, status, created_at,
                        updated_at, weight_grams, recipient_country, recipient_postcode, sequence, personal_data_erased)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 'pending', ?, ?, ?, ?, ?, ?, 0)
                    """,
                arguments: [
                    code, shipment.account, shipment.service, shipment.senderAddressID, shipment.reference,
                    shipment.orderID, shipment.picklistID, shipment.returnID, shipment.isReturn, shipment.zplDPI,
                    now, now, shipment.weightGrams, shipment.recipientCountry, shipment.recipientPostcode, sequence,
                ])
            let id = db.lastInsertedRowID
            // The request (personal data) is written once, in its own table; see migration 4.
            try db.execute(
                sql: "INSERT INTO shipment_request (shipment_id, body) VALUES (?, ?)",
                arguments: [id, Data(shipment.requestBody)])
            try Self.commitSequence(sequence, in: db)
            // Read back, so that the record equals what any later read returns (dates as stored).
            return try Self.record(id: id, in: db)
        }
    }

    public func activate(id: Int64, labelFormat: LabelFormat) async throws {
        let outbox = self.outbox
        try await pool.write { db in
            let now = Date()
            if try Self.change(
                id: id, at: now, set: "status = 'active', label_format = ?", arguments: [labelFormat.rawValue],
                when: "status = 'pending'", in: db)
            {
                try Self.announce(.shipmentCreated, shipmentID: id, at: now, into: outbox, in: db)
            }
        }
    }

    public func void(id: Int64) async throws {
        let outbox = self.outbox
        try await pool.write { db in
            let now = Date()
            if try Self.change(id: id, at: now, set: "status = 'void'", when: "status <> 'void'", in: db) {
                try Self.announce(.shipmentVoided, shipmentID: id, at: now, into: outbox, in: db)
            }
        }
    }

    public func shipment(trackingCode: String) async throws -> ShipmentRecord? {
        try await pool.read { db in
            try Self.fetchRecords(db, where: "tracking_code = ?", arguments: [trackingCode]).first
        }
    }

    public func cancel(trackingCode: String, at date: Date) async throws -> CancelOutcome {
        let outbox = self.outbox
        return try await pool.write { db in
            guard let record = try Self.fetchRecords(db, where: "tracking_code = ?", arguments: [trackingCode]).first
            else { return .notFound }
            switch record.status {
            case .cancelled:
                return .alreadyCancelled(record)
            case .pending, .void:
                return .notCancellable(record)
            case .active:
                // Read in this write transaction: no scan event can land between the check and the cancel.
                if record.trackingStatus != nil { return .notCancellable(record) }
                if try Self.change(
                    id: record.id, at: date, set: "status = 'cancelled'", when: "status = 'active'", in: db)
                {
                    try Self.announce(.shipmentCancelled, shipmentID: record.id, at: date, into: outbox, in: db)
                }
                return .cancelled(try Self.record(id: record.id, in: db))
            }
        }
    }

    public func changes(after sequence: Int64, limit: Int) async throws -> [ShipmentRecord] {
        guard limit > 0 else { return [] }
        return try await pool.read { db in
            try Self.fetchRecords(db, where: "sequence > ? ORDER BY sequence LIMIT ?", arguments: [sequence, limit])
        }
    }

    public func manifest(account: String, from: Date, to: Date, senderAddressID: Int?) async throws
        -> [ShipmentRecord]
    {
        try await pool.read { db in
            try Self.fetchRecords(
                db,
                where: """
                    account = ? AND created_at >= ? AND created_at < ? AND status = 'active'
                    AND (? IS NULL OR sender_address_id = ?) ORDER BY created_at, id
                    """,
                arguments: [account, from, to, senderAddressID, senderAddressID])
        }
    }

    public func erasePersonalData(createdBefore: Date, at date: Date) async throws -> Int {
        var total = 0
        while true {
            let erased = try await pool.write { db in
                // Only erasure zeroes what it frees: the request rows are written once and deleted here.
                try db.execute(sql: "PRAGMA secure_delete = ON")
                defer { try? db.execute(sql: "PRAGMA secure_delete = OFF") }
                let ids = try Int64.fetchAll(
                    db,
                    sql: """
                        SELECT id FROM shipment WHERE personal_data_erased = 0 AND created_at < ? ORDER BY created_at, id LIMIT ?
                        """,
                    arguments: [createdBefore, Self.erasureBatchSize])
                for id in ids {
                    try db.execute(sql: "DELETE FROM shipment_request WHERE shipment_id = ?", arguments: [id])
                    // Notification bodies carry the personal data too (written once, like the request).
                    try db.execute(
                        sql: "UPDATE webhook_notification SET body = NULL WHERE shipment_id = ? AND body IS NOT NULL",
                        arguments: [id])
                    _ = try Self.change(
                        id: id, at: date, set: "request_body = NULL, personal_data_erased = 1",
                        when: "personal_data_erased = 0", in: db)
                }
                return ids.count
            }
            total += erased
            if erased < Self.erasureBatchSize { break }
        }
        // Secure delete has zeroed the old bytes in the pages; the WAL file still holds earlier page images
        // until it is checkpointed and truncated. A reader holding an old snapshot can make this fail (busy):
        // the erasure itself is committed, and the next run checkpoints again, so that is not an error here.
        _ = try? await pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        return total
    }
}
