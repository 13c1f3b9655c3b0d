import Foundation
import GRDB
import PicqerAPI
import SQLiteStore
import Shipping
import Testing

/// A database made by the first version (migration "1-shipments" only) opens with the new store and keeps
/// its serials and shipments.
@Suite struct StoreMigrationTests {
    /// The first version's schema, exactly as its migration made it.
    static var firstVersion: DatabaseMigrator {
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

    @Test func firstVersionDatabaseOpensAndKeepsItsSerials() async throws {
        let path = StoreKind.temporaryDatabasePath()
        try FileManager.default.createDirectory(
            atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
        let scheme = StoreKind.scheme
        let oldCode = scheme.code(forSerial: 41)
        let created = Date(timeIntervalSince1970: 1_780_000_000)
        let body = try ShipmentRequests.body(recipient: ["country": "be", "zipcode": " 1000   bx "])
        do {
            let old = try DatabaseQueue(path: path)
            try Self.firstVersion.migrate(old)
            try await old.write { db in
                try db.execute(
                    sql: "INSERT INTO serial_counter (name, last_serial) VALUES (?, 41)",
                    arguments: [scheme.counterName])
                try db.execute(
                    sql: """
                        INSERT INTO shipment (tracking_code, account, service, sender_address_id, reference, order_id,
                            picklist_id, return_id, is_return, zpl_dpi, label_format, status, request_body, created_at,
                            updated_at)
                        VALUES (?, 'shop', 'standard', 1, 'ref', 'O1', NULL, NULL, 0, 203, 'A6', 'active', ?, ?, ?)
                        """,
                    arguments: [oldCode, Data(body), created, created])
                try db.execute(
                    sql: """
                        INSERT INTO shipment (tracking_code, account, service, sender_address_id, reference, order_id,
                            picklist_id, return_id, is_return, zpl_dpi, label_format, status, request_body, created_at,
                            updated_at)
                        VALUES (?, 'shop', 'standard', 1, NULL, NULL, NULL, NULL, 0, 203, NULL, 'void', ?, ?, ?)
                        """,
                    arguments: [scheme.code(forSerial: 40), Data("not json".utf8), created, created])
            }
            try old.close()
        }

        let store = try SQLiteShipmentStore(path: path)
        let old = try #require(try await store.shipment(trackingCode: oldCode))
        #expect(old.status == .active && old.labelFormat == .a6 && old.createdAt == created)
        #expect(old.requestBody == body && !old.personalDataErased)
        #expect(old.recipientCountry == "BE" && old.recipientPostcode == "1000 BX")
        let weight = try #require(ShipmentRequests.fixture("nl-domestic.json")["data"] as? [String: Any])
        let grams = try #require((weight["shipment"] as? [String: Any])?["weight"] as? NSNumber)
        #expect(old.weightGrams == Int(grams.doubleValue.rounded(.up)))
        let unreadable = try #require(try await store.shipment(trackingCode: scheme.code(forSerial: 40)))
        #expect(unreadable.weightGrams == 0 && unreadable.recipientCountry == "" && unreadable.status == .void)
        #expect(try await store.changes(after: 0, limit: 10).map(\.sequence) == [old.sequence, unreadable.sequence])
        #expect(old.sequence < unreadable.sequence)

        let new = try await store.issue(StoreKind.shipment(), scheme: scheme)
        #expect(new.trackingCode == scheme.code(forSerial: 42))
        #expect(new.sequence == unreadable.sequence + 1)
        #expect(new.id > unreadable.id)
        // Opening again runs no migration twice.
        let reopened = try SQLiteShipmentStore(path: path)
        #expect(try await reopened.shipment(trackingCode: new.trackingCode) == new)
    }
}
