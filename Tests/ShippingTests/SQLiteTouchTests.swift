import Foundation
import GRDB
import Testing

@testable import SQLiteStore
@testable import Shipping

/// `touch`, for changes stored beside the shipment (tracking events): the shipment reappears in the feed.
@Suite struct SQLiteTouchTests {
    @Test func touchGivesTheNextSequenceNumberAndNothingElse() async throws {
        let store = try SQLiteShipmentStore(path: StoreKind.temporaryDatabasePath())
        let first = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        let second = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        try await store.pool.write { db in
            try SQLiteShipmentStore.touch(id: first.id, at: at, in: db)
            // An unknown shipment takes no number.
            try SQLiteShipmentStore.touch(id: 999, at: at, in: db)
        }
        let touched = try #require(try await store.shipment(trackingCode: first.trackingCode))
        var expected = first
        expected.sequence = second.sequence + 1
        expected.updatedAt = at
        #expect(touched == expected)
        #expect(try await store.changes(after: second.sequence, limit: 10) == [touched])
        let next = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        #expect(next.sequence == touched.sequence + 1)
    }
}
