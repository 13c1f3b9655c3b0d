import Foundation
import GRDB
import PicqerAPI

/// The embedded ``ShipmentStore``: one SQLite file in WAL mode.
public final class SQLiteShipmentStore: ShipmentStore {
    private let pool: DatabasePool

    /// Opens (creating when needed) the database at `path` and brings its schema up to date.
    public init(path: String) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        pool = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(pool)
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1-shipments") { db in
            try db.create(table: "serial_counter") { table in
                table.primaryKey("name", .text)
                table.column("last_serial", .integer).notNull()
            }
            try db.create(table: "shipment") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("tracking_code", .text).notNull().unique()
                table.column("account", .text).notNull().indexed()
                table.column("service", .text).notNull()
                table.column("sender_address_id", .integer).notNull()
                table.column("reference", .text)
                table.column("order_id", .text)
                table.column("picklist_id", .text)
                table.column("return_id", .text)
                table.column("is_return", .boolean).notNull()
                table.column("zpl_dpi", .integer).notNull()
                table.column("label_format", .text)
                table.column("status", .text).notNull()
                table.column("request_body", .blob).notNull()
                table.column("created_at", .datetime).notNull()
                table.column("updated_at", .datetime).notNull()
            }
        }
        return migrator
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
            try db.execute(
                sql: """
                    INSERT INTO shipment (tracking_code, account, service, sender_address_id, reference, order_id,
                        picklist_id, return_id, is_return, zpl_dpi, label_format, status, request_body, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 'pending', ?, ?, ?)
                    """,
                arguments: [
                    code, shipment.account, shipment.service, shipment.senderAddressID, shipment.reference,
                    shipment.orderID, shipment.picklistID, shipment.returnID, shipment.isReturn, shipment.zplDPI,
                    Data(shipment.requestBody), now, now,
                ])
            return ShipmentRecord(
                id: db.lastInsertedRowID, trackingCode: code, account: shipment.account, service: shipment.service,
                status: .pending, labelFormat: nil, isReturn: shipment.isReturn, createdAt: now)
        }
    }

    public func activate(id: Int64, labelFormat: LabelFormat) async throws {
        try await pool.write { db in
            try db.execute(
                sql:
                    "UPDATE shipment SET status = 'active', label_format = ?, updated_at = ? WHERE id = ? AND status = 'pending'",
                arguments: [labelFormat.rawValue, Date(), id])
        }
    }

    public func void(id: Int64) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "UPDATE shipment SET status = 'void', updated_at = ? WHERE id = ?", arguments: [Date(), id])
        }
    }

    public func shipment(trackingCode: String) async throws -> ShipmentRecord? {
        try await pool.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT id, tracking_code, account, service, status, label_format, is_return, created_at
                        FROM shipment WHERE tracking_code = ?
                        """,
                    arguments: [trackingCode])
            else { return nil }
            let status: String = row["status"]
            let format: String? = row["label_format"]
            return ShipmentRecord(
                id: row["id"], trackingCode: row["tracking_code"], account: row["account"], service: row["service"],
                status: ShipmentRecord.Status(rawValue: status) ?? .void,
                labelFormat: format.flatMap(LabelFormat.init(rawValue:)),
                isReturn: row["is_return"], createdAt: row["created_at"])
        }
    }
}
