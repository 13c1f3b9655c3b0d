import Foundation
import GRDB
import PicqerAPI
import Shipping

extension SQLiteShipmentStore {
    /// The schema's history. Never change a registered migration: databases made by earlier versions have run
    /// it; add a new one instead.
    static var migrator: DatabaseMigrator {
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
        migrator.registerMigration("2-change-feed-and-retention", migrate: migrateToChangeFeedAndRetention)
        migrator.registerMigration("3-tracking-events") { db in
            // event_id is UNIQUE: a resent or concurrently sent event is ignored by the insert itself.
            try db.execute(
                sql: """
                    CREATE TABLE tracking_event (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        event_id TEXT NOT NULL UNIQUE,
                        shipment_id INTEGER NOT NULL REFERENCES shipment(id),
                        status TEXT NOT NULL,
                        occurred_at DATETIME NOT NULL,
                        city TEXT,
                        postcode TEXT,
                        country TEXT,
                        description TEXT,
                        received_at DATETIME NOT NULL
                    );
                    CREATE INDEX tracking_event_on_shipment_occurred_at ON tracking_event(shipment_id, occurred_at, id);
                    ALTER TABLE shipment ADD COLUMN tracking_status TEXT;
                    ALTER TABLE shipment ADD COLUMN last_event_at DATETIME;
                    """)
        }
        migrator.registerMigration("4-request-bodies-apart") { db in
            // The request Picqer sent (the personal data) lives in its own table, written once when the
            // shipment is made and never rewritten: status changes then leave no stale copies of it in
            // free space, so normal writes need no secure_delete and erasure (with secure_delete on)
            // removes the only copy.
            try db.execute(sql: "PRAGMA secure_delete = ON")
            try db.execute(
                sql: """
                    CREATE TABLE shipment_request (
                        shipment_id INTEGER PRIMARY KEY REFERENCES shipment(id),
                        body BLOB NOT NULL
                    );
                    INSERT INTO shipment_request (shipment_id, body)
                        SELECT id, request_body FROM shipment WHERE request_body IS NOT NULL;
                    UPDATE shipment SET request_body = NULL WHERE request_body IS NOT NULL;
                    PRAGMA secure_delete = OFF;
                    """)
        }
        migrator.registerMigration("5-webhook-outbox", migrate: migrateToWebhookOutbox)
        return migrator
    }

    /// Adds the changes feed's sequence numbers (old shipments in id order), weight, the customer's country
    /// and postcode (read from the stored requests), personal-data erasure (the request body becomes
    /// nullable: SQLite needs the table rebuilt for that) and the indexes of feed, manifest and retention.
    static func migrateToChangeFeedAndRetention(_ db: Database) throws {
        let kept = """
            id, tracking_code, account, service, sender_address_id, reference, order_id, picklist_id, return_id,
            is_return, zpl_dpi, label_format, status, request_body, created_at, updated_at
            """
        try db.execute(
            sql: """
                CREATE TABLE shipment_v2 (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    tracking_code TEXT NOT NULL UNIQUE,
                    account TEXT NOT NULL,
                    service TEXT NOT NULL,
                    sender_address_id INTEGER NOT NULL,
                    reference TEXT,
                    order_id TEXT,
                    picklist_id TEXT,
                    return_id TEXT,
                    is_return BOOLEAN NOT NULL,
                    zpl_dpi INTEGER NOT NULL,
                    label_format TEXT,
                    status TEXT NOT NULL,
                    request_body BLOB,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL,
                    weight_grams INTEGER NOT NULL DEFAULT 0,
                    recipient_country TEXT NOT NULL DEFAULT '',
                    recipient_postcode TEXT NOT NULL DEFAULT '',
                    sequence INTEGER NOT NULL,
                    personal_data_erased BOOLEAN NOT NULL DEFAULT 0
                );
                INSERT INTO shipment_v2 (\(kept), sequence) SELECT \(kept), id FROM shipment;
                DROP TABLE shipment;
                ALTER TABLE shipment_v2 RENAME TO shipment;
                CREATE UNIQUE INDEX shipment_on_sequence ON shipment(sequence);
                CREATE INDEX shipment_on_account_created_at ON shipment(account, created_at);
                CREATE INDEX shipment_with_personal_data_on_created_at ON shipment(created_at)
                    WHERE personal_data_erased = 0;
                CREATE TABLE change_counter (name TEXT NOT NULL PRIMARY KEY, last_sequence INTEGER NOT NULL);
                INSERT INTO change_counter (name, last_sequence)
                    VALUES ('shipment', (SELECT COALESCE(MAX(sequence), 0) FROM shipment));
                """)
        var lastID: Int64 = 0
        while true {
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, request_body FROM shipment WHERE id > ? ORDER BY id LIMIT 1000",
                arguments: [lastID])
            guard let last = rows.last else { break }
            lastID = last["id"]
            for row in rows {
                guard let body: Data = row["request_body"],
                    case .success(let request) = ShipmentRequestDecoding.decode(body)
                else { continue }
                let summary = StoredRequestSummary(request)
                try db.execute(
                    sql: """
                        UPDATE shipment SET weight_grams = ?, recipient_country = ?, recipient_postcode = ? WHERE id = ?
                        """,
                    arguments: [summary.weightGrams, summary.country, summary.postcode, row["id"] as Int64])
            }
        }
    }
}
