import Foundation
import GRDB
import PicqerAPI
import Testing

@testable import SQLiteStore
@testable import Shipping

/// Retention erases personal data from the database file itself, not only from answers.
@Suite struct PersonalDataErasureTests {
    static let oldName = "Xylophonista Quackenbush"
    static let recentName = "Quirinella Fernsbacher"

    /// The bytes of the database file and its WAL file.
    static func fileBytes(_ path: String) -> [Data] {
        [path, path + "-wal"].compactMap { FileManager.default.contents(atPath: $0) }
    }

    static func filesContain(_ text: String, path: String) -> Bool {
        fileBytes(path).contains { $0.range(of: Data(text.utf8)) != nil }
    }

    @Test func erasedNamesAreGoneFromTheFileAndRecentOnesStay() async throws {
        let path = StoreKind.temporaryDatabasePath()
        let store = try SQLiteShipmentStore(path: path)
        let scheme = StoreKind.scheme
        // One small request (kept inside the table's page) and one large (spilling into overflow pages).
        let small = try await store.issue(StoreKind.shipment(name: Self.oldName), scheme: scheme)
        let padding = String(repeating: "Lange Leidsedwarsstraat ", count: 600)
        let large = try await store.issue(StoreKind.shipment(name: Self.oldName + " " + padding), scheme: scheme)
        let recent = try await store.issue(StoreKind.shipment(name: Self.recentName), scheme: scheme)
        for record in [small, large, recent] { try await store.activate(id: record.id, labelFormat: .a6) }
        let now = Date()
        let longAgo = now.addingTimeInterval(-91 * 86_400)
        try await store.pool.write { db in
            try db.execute(
                sql: "UPDATE shipment SET created_at = ? WHERE id IN (?, ?)", arguments: [longAgo, small.id, large.id])
        }
        try await store.pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        #expect(Self.filesContain(Self.oldName, path: path), "the test must see the name before erasure")

        let task = RetentionTask(store: store, personalDataDays: 90, now: { now })
        #expect(try await task.runOnce() == 2)

        #expect(!Self.filesContain(Self.oldName, path: path), "an erased name is still in the database file")
        #expect(!Self.filesContain("Lange Leidsedwarsstraat", path: path))
        #expect(Self.filesContain(Self.recentName, path: path))
        for record in [small, large] {
            let erased = try #require(try await store.shipment(trackingCode: record.trackingCode))
            #expect(erased.personalDataErased && erased.requestBody == nil)
            #expect(erased.status == .active && erased.weightGrams == 1250 && erased.service == "standard")
            #expect(erased.recipientCountry == "NL" && erased.recipientPostcode == "1017 GA")
            #expect(erased.reference == "R-1" && erased.orderID == "O-1")
        }
        let kept = try #require(try await store.shipment(trackingCode: recent.trackingCode))
        #expect(!kept.personalDataErased && kept.requestBody != nil)
        // The erasures are changes in the feed, after everything else.
        let feed = try await store.changes(after: 0, limit: 10)
        #expect(feed.suffix(2).map(\.id) == [small.id, large.id])
        // Nothing more to erase; reopening the file finds the same.
        #expect(try await task.runOnce() == 0)
        let reopened = try SQLiteShipmentStore(path: path)
        #expect(try await reopened.shipment(trackingCode: small.trackingCode)?.personalDataErased == true)
    }

    @Test func largeBacklogIsErasedInSeveralTransactions() async throws {
        let path = StoreKind.temporaryDatabasePath()
        let store = try SQLiteShipmentStore(path: path)
        let count = SQLiteShipmentStore.erasureBatchSize * 2 + 7
        for _ in 0..<count { _ = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme) }
        let at = Date().addingTimeInterval(1)
        #expect(try await store.erasePersonalData(createdBefore: at, at: at) == count)
        let left = try await store.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM shipment WHERE request_body IS NOT NULL")
        }
        #expect(left == 0)
        let sequences = try await store.changes(after: Int64(count), limit: count).map(\.sequence)
        #expect(sequences == Array(Int64(count + 1)...Int64(2 * count)))
    }
}
