import Foundation
import GRDB
import Testing

@testable import SQLiteStore
@testable import Shipping

/// A database made before tracking events (migrations 1 and 2) opens with events: its shipments are
/// `registered` (no tracking status), take events, and still cancel while they have none.
@Suite struct TrackingEventMigrationTests {
    @Test func aDatabaseWithoutEventsTablesTakesEvents() async throws {
        let path = StoreKind.temporaryDatabasePath()
        try FileManager.default.createDirectory(
            atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
        let created = Date(timeIntervalSince1970: 1_780_000_000)
        do {
            let old = try DatabaseQueue(path: path)
            try SQLiteShipmentStore.migrator.migrate(old, upTo: "2-change-feed-and-retention")
            try await old.write { db in
                #expect(try !db.tableExists("tracking_event"))
                for (serial, status) in [(1, "active"), (2, "active")] {
                    try db.execute(
                        sql: """
                            INSERT INTO shipment (tracking_code, account, service, sender_address_id, is_return, zpl_dpi,
                                label_format, status, request_body, created_at, updated_at, sequence)
                            VALUES (?, 'shop', 'standard', 1, 0, 203, 'A6', ?, ?, ?, ?, ?)
                            """,
                        arguments: [
                            StoreKind.scheme.code(forSerial: Int64(serial)), status, Data("{}".utf8), created, created,
                            serial,
                        ])
                }
                try db.execute(sql: "UPDATE change_counter SET last_sequence = 2 WHERE name = 'shipment'")
            }
            try old.close()
        }
        let store = try SQLiteShipmentStore(path: path)
        let first = StoreKind.scheme.code(forSerial: 1)
        let second = StoreKind.scheme.code(forSerial: 2)
        let old = try #require(try await store.shipment(trackingCode: first))
        #expect(old.trackingStatus == nil && old.lastEventAt == nil && old.sequence == 1)
        #expect(try await store.events(trackingCode: first) == [])
        let at = created.addingTimeInterval(3600)
        let event = NewTrackingEvent(eventID: "m1", trackingCode: first, status: .pickedUp, occurredAt: at)
        #expect(try await store.record(events: [event], receivedAt: at) == [.created])
        let picked = try #require(try await store.shipment(trackingCode: first))
        #expect(picked.trackingStatus == .pickedUp && picked.lastEventAt == at && picked.sequence == 3)
        #expect(try await store.cancel(trackingCode: first, at: at) == .notCancellable(picked))
        guard case .cancelled = try await store.cancel(trackingCode: second, at: at) else {
            Issue.record("an old shipment without events should cancel")
            return
        }
    }
}
