import Foundation
import GRDB
import PicqerAPI
import Testing

@testable import SQLiteStore
@testable import Shipping

/// The feed, manifest and retention queries use their indexes, and a feed page is fast on a large database.
@Suite struct StoreQueryPlanTests {
    static func plan(_ sql: String, _ arguments: StatementArguments, in store: SQLiteShipmentStore) async throws
        -> String
    {
        try await store.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
                .map { $0["detail"] as String }.joined(separator: "; ")
        }
    }

    @Test func queriesUseTheirIndexes() async throws {
        let store = try SQLiteShipmentStore(path: StoreKind.temporaryDatabasePath())
        let columns = SQLiteShipmentStore.recordColumns
        let feed = try await Self.plan(
            "SELECT \(columns) FROM shipment WHERE sequence > ? ORDER BY sequence LIMIT ?", [10, 500], in: store)
        #expect(feed.contains("USING INDEX shipment_on_sequence (sequence>?)"), "\(feed)")
        #expect(!feed.contains("TEMP B-TREE"), "\(feed)")
        let manifest = try await Self.plan(
            """
            SELECT \(columns) FROM shipment WHERE account = ? AND created_at >= ? AND created_at < ?
            AND status = 'active' AND (? IS NULL OR sender_address_id = ?) ORDER BY created_at, id
            """, ["shop", Date(), Date(), nil, nil], in: store)
        #expect(
            manifest.contains("shipment_on_account_created_at (account=? AND created_at>? AND created_at<?)"),
            "\(manifest)")
        let retention = try await Self.plan(
            "SELECT id FROM shipment WHERE personal_data_erased = 0 AND created_at < ? ORDER BY created_at, id LIMIT ?",
            [Date(), 500], in: store)
        #expect(retention.contains("shipment_with_personal_data_on_created_at"), "\(retention)")
        let events = try await Self.plan(
            "SELECT event_id FROM tracking_event WHERE shipment_id = ? ORDER BY occurred_at, id", [1], in: store)
        #expect(events.contains("tracking_event_on_shipment_occurred_at (shipment_id=?)"), "\(events)")
        #expect(!events.contains("TEMP B-TREE"), "\(events)")
    }

    /// `STORE_BENCHMARK=1 swift test --filter feedPageOfFiveHundredOnAHundredThousandShipments` (or
    /// scripts/bench-store.sh): p50 and p99 of a feed page of 500 with 100,000 shipments.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["STORE_BENCHMARK"] == "1"))
    func feedPageOfFiveHundredOnAHundredThousandShipments() async throws {
        let path = StoreKind.temporaryDatabasePath()
        let store = try SQLiteShipmentStore(path: path)
        let total = 100_000
        let body = Data(try ShipmentRequests.body())
        let start = Date(timeIntervalSince1970: 1_780_000_000)
        try await store.pool.write { db in
            let insert = try db.makeStatement(
                sql: """
                    INSERT INTO shipment (tracking_code, account, service, sender_address_id, reference, order_id,
                        picklist_id, return_id, is_return, zpl_dpi, label_format, status, request_body, created_at,
                        updated_at, weight_grams, recipient_country, recipient_postcode, sequence, personal_data_erased)
                    VALUES (?, 'shop', 'standard', 1, 'ref', 'O1', NULL, NULL, 0, 203, 'A6', 'active', ?, ?, ?, 1200,
                        'NL', '1017 GA', ?, 0)
                    """)
            for index in 1...total {
                let date = start.addingTimeInterval(Double(index))
                try insert.execute(arguments: [
                    StoreKind.scheme.code(forSerial: Int64(index)), body, date, date, Int64(index),
                ])
            }
            try db.execute(sql: "UPDATE change_counter SET last_sequence = ?", arguments: [total])
        }
        var timings: [Double] = []
        for round in 0..<200 {
            let after = Int64((round * 7919) % (total - 500))
            let began = ContinuousClock.now
            let page = try await store.changes(after: after, limit: 500)
            let elapsed = ContinuousClock.now - began
            #expect(page.count == 500 && page.first?.sequence == after + 1)
            timings.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
        }
        timings.sort()
        let p50 = timings[timings.count / 2]
        let p99 = timings[Int(Double(timings.count) * 0.99) - 1]
        print(
            "feed page of 500 with \(total) shipments (\(body.count)-byte requests): p50 \(String(format: "%.2f", p50)) ms, p99 \(String(format: "%.2f", p99)) ms"
        )
        #expect(p99 < 50)
    }
}
