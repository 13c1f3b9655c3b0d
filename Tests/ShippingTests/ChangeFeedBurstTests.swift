import Foundation
import PicqerAPI
import Shipping
import Synchronization
import Testing

/// A consumer of the changes feed that keeps its cursor sees every change once, also while shipments are
/// created concurrently — on every store (on PostgreSQL the transactions really run concurrently).
@Suite struct ChangeFeedBurstTests {
    @Test(arguments: StoreKind.allCases) func pollerSeesEveryChangeOnceDuringAConcurrentBurst(kind: StoreKind)
        async throws
    {
        let store = try await kind.make()
        let burstDone = Atomic<Bool>(false)

        let poller = Task { () throws -> [ShipmentRecord] in
            var cursor: Int64 = 0
            var seen: [ShipmentRecord] = []
            var drainedAfterBurst = false
            while true {
                let finished = burstDone.load(ordering: .acquiring)
                let page = try await store.changes(after: cursor, limit: 50)
                seen += page
                if let last = page.last { cursor = last.sequence }
                if page.isEmpty {
                    // One more empty page after the burst has finished means everything was read.
                    if drainedAfterBurst { return seen }
                    if finished { drainedAfterBurst = true }
                    await Task.yield()
                }
            }
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<200 {
                group.addTask {
                    let record = try await store.issue(
                        StoreKind.shipment(account: "shop-\(index % 3)"), scheme: StoreKind.scheme)
                    try await store.activate(id: record.id, labelFormat: .a6)
                }
            }
            try await group.waitForAll()
        }
        burstDone.store(true, ordering: .releasing)
        let seen = try await poller.value

        // Every shipment once, with its final sequence number, read after the burst.
        let table = try await store.changes(after: 0, limit: 1000)
        #expect(table.count == 200)
        // Sequence numbers strictly increase in the order seen: nothing repeated, nothing out of order.
        let sequences = seen.map(\.sequence)
        #expect(sequences == sequences.sorted())
        #expect(Set(sequences).count == sequences.count)
        // Every shipment's final state was seen, with its final sequence number.
        let seenPairs = Set(seen.map { "\($0.trackingCode)#\($0.sequence)" })
        for row in table {
            #expect(
                seenPairs.contains("\(row.trackingCode)#\(row.sequence)"),
                "final change \(row.sequence) of \(row.trackingCode) was missed")
            #expect(row.status == .active)
        }
        // The last states seen per shipment are the table's.
        var lastSeen: [String: ShipmentRecord] = [:]
        for record in seen { lastSeen[record.trackingCode] = record }
        #expect(lastSeen.count == 200)
        #expect(lastSeen.values.allSatisfy { $0.status == .active })
        // 400 changes were made (issue + activate each); the poller saw at least every final one.
        #expect(seen.count >= 200 && seen.count <= 400)
        #expect(table.map(\.sequence).max() == 400)
    }
}
