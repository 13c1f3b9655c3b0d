import Foundation
import PicqerAPI
import Shipping
import Testing

/// The rules every ``ShipmentStore`` follows, checked on SQLite and in memory alike.
@Suite struct ShipmentStoreTests {
    @Test(arguments: StoreKind.allCases) func issuedRecordKeepsEverythingAndReadsBackEqual(kind: StoreKind) async throws
    {
        let store = try await kind.make()
        let new = StoreKind.shipment(senderAddressID: 2, isReturn: true)
        let issued = try await store.issue(new, scheme: StoreKind.scheme)
        #expect(issued.status == .pending)
        #expect(issued.senderAddressID == 2)
        #expect(issued.reference == "R-1" && issued.orderID == "O-1" && issued.picklistID == "P-1")
        #expect(issued.returnID == "RET-1" && issued.isReturn)
        #expect(issued.zplDPI == 300 && issued.weightGrams == 1250)
        #expect(issued.recipientCountry == "NL" && issued.recipientPostcode == "1017 GA")
        #expect(issued.requestBody == new.requestBody)
        #expect(!issued.personalDataErased)
        #expect(issued.sequence >= 1)
        #expect(issued.updatedAt == issued.createdAt)
        #expect(try await store.shipment(trackingCode: issued.trackingCode) == issued)
        #expect(try await store.shipment(trackingCode: "CC999999999NL") == nil)
    }

    @Test(arguments: StoreKind.allCases) func anExhaustedSchemeIssuesNoMoreAndUsesNothingUp(kind: StoreKind)
        async throws
    {
        let store = try await kind.make()
        let tiny = TrackingCodeScheme.mod10(prefix: "T", digits: 1)
        var codes: [String] = []
        for _ in 1...9 { codes.append(try await store.issue(StoreKind.shipment(), scheme: tiny).trackingCode) }
        #expect(codes == (1...9).map { tiny.code(forSerial: Int64($0)) })
        await #expect(throws: ShipmentStoreError.serialsExhausted) {
            _ = try await store.issue(StoreKind.shipment(), scheme: tiny)
        }
        // The refused shipment took no change number and left nothing behind.
        let next = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        #expect(next.sequence == 10)
        #expect(next.trackingCode == StoreKind.scheme.code(forSerial: 1))
        #expect(try await store.changes(after: 0, limit: 100).count == 10)
    }

    @Test(arguments: StoreKind.allCases) func everyChangeTakesTheNextSequenceNumber(kind: StoreKind) async throws {
        let store = try await kind.make()
        let first = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        let second = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        #expect(second.sequence == first.sequence + 1)
        try await store.activate(id: first.id, labelFormat: .a6)
        let activated = try #require(try await store.shipment(trackingCode: first.trackingCode))
        #expect(activated.status == .active && activated.labelFormat == .a6)
        #expect(activated.sequence == second.sequence + 1)
        #expect(activated.updatedAt >= first.updatedAt)
        // Not a change: the shipment is active already. No number is used up.
        try await store.activate(id: first.id, labelFormat: .a4)
        #expect(try await store.shipment(trackingCode: first.trackingCode) == activated)
        try await store.void(id: second.id)
        let voided = try #require(try await store.shipment(trackingCode: second.trackingCode))
        #expect(voided.status == .void && voided.sequence == activated.sequence + 1)
        try await store.void(id: second.id)
        #expect(try await store.shipment(trackingCode: second.trackingCode) == voided)

        let feed = try await store.changes(after: 0, limit: 10)
        #expect(feed.map(\.trackingCode) == [first.trackingCode, second.trackingCode])
        #expect(feed.map(\.sequence) == [activated.sequence, voided.sequence])
        #expect(try await store.changes(after: activated.sequence, limit: 10).map(\.id) == [second.id])
        #expect(try await store.changes(after: voided.sequence, limit: 10).isEmpty)
        #expect(try await store.changes(after: 0, limit: 1).map(\.id) == [first.id])
        #expect(try await store.changes(after: 0, limit: 0).isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func cancelOnlyActiveShipmentsOnce(kind: StoreKind) async throws {
        let store = try await kind.make()
        let active = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        try await store.activate(id: active.id, labelFormat: .a6)
        let pending = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        let void = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        try await store.void(id: void.id)
        let before = try #require(try await store.shipment(trackingCode: active.trackingCode))
        let at = Date(timeIntervalSince1970: 1_800_000_000)

        guard case .cancelled(let cancelled) = try await store.cancel(trackingCode: active.trackingCode, at: at) else {
            Issue.record("an active shipment must be cancellable")
            return
        }
        #expect(cancelled.status == .cancelled)
        #expect(cancelled.updatedAt == at)
        let lastSequence = try #require(try await store.changes(after: 0, limit: 10).last?.sequence)
        #expect(cancelled.sequence == lastSequence && cancelled.sequence > before.sequence)
        #expect(try await store.shipment(trackingCode: active.trackingCode) == cancelled)

        #expect(
            try await store.cancel(trackingCode: active.trackingCode, at: at.addingTimeInterval(60))
                == .alreadyCancelled(cancelled))
        let pendingNow = try #require(try await store.shipment(trackingCode: pending.trackingCode))
        #expect(try await store.cancel(trackingCode: pending.trackingCode, at: at) == .notCancellable(pendingNow))
        let voidNow = try #require(try await store.shipment(trackingCode: void.trackingCode))
        #expect(try await store.cancel(trackingCode: void.trackingCode, at: at) == .notCancellable(voidNow))
        #expect(try await store.cancel(trackingCode: "CC999999999NL", at: at) == .notFound)
        // Neither the repeated cancel nor the refusals were changes.
        #expect(try await store.changes(after: cancelled.sequence, limit: 10).isEmpty)
        // A cancelled shipment is not activated again by a late label.
        try await store.activate(id: active.id, labelFormat: .a6)
        #expect(try await store.shipment(trackingCode: active.trackingCode)?.status == .cancelled)
    }

    @Test(arguments: StoreKind.allCases) func manifestHoldsTheActiveParcelsOfTheDay(kind: StoreKind) async throws {
        let store = try await kind.make()
        var made: [ShipmentRecord] = []
        for (account, sender) in [("shop", 1), ("shop", 2), ("other", 1), ("shop", 1), ("shop", 1), ("shop", 1)] {
            made.append(
                try await store.issue(
                    StoreKind.shipment(account: account, senderAddressID: sender), scheme: StoreKind.scheme))
        }
        for record in made.prefix(4) { try await store.activate(id: record.id, labelFormat: .a6) }
        // made[4] stays pending; made[5] is cancelled.
        try await store.activate(id: made[5].id, labelFormat: .a6)
        _ = try await store.cancel(trackingCode: made[5].trackingCode, at: Date())
        let from = made[0].createdAt
        let to = Date().addingTimeInterval(1)

        let all = try await store.manifest(account: "shop", from: from, to: to, senderAddressID: nil)
        #expect(all.map(\.id) == [made[0].id, made[1].id, made[3].id])
        #expect(all.allSatisfy { $0.status == .active })
        let one = try await store.manifest(account: "shop", from: from, to: to, senderAddressID: 2)
        #expect(one.map(\.id) == [made[1].id])
        // The end is excluded, the start included.
        #expect(try await store.manifest(account: "shop", from: from, to: from, senderAddressID: nil).isEmpty)
        #expect(try await store.manifest(account: "nobody", from: from, to: to, senderAddressID: nil).isEmpty)
        let later = try await store.manifest(
            account: "shop", from: made[1].createdAt.addingTimeInterval(0.001), to: to, senderAddressID: nil)
        #expect(!later.contains { $0.id == made[0].id })
    }

    @Test(arguments: StoreKind.allCases) func erasureDropsTheRequestAndKeepsTheRest(kind: StoreKind) async throws {
        let store = try await kind.make()
        let old = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        try await store.activate(id: old.id, labelFormat: .a6)
        try await Task.sleep(for: .milliseconds(20))
        let cutoff = Date()
        try await Task.sleep(for: .milliseconds(20))
        let recent = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        let before = try #require(try await store.shipment(trackingCode: old.trackingCode))
        let at = Date(timeIntervalSince1970: 1_900_000_000)

        #expect(try await store.erasePersonalData(createdBefore: cutoff, at: at) == 1)
        let erased = try #require(try await store.shipment(trackingCode: old.trackingCode))
        #expect(erased.personalDataErased && erased.requestBody == nil)
        #expect(erased.updatedAt == at && erased.sequence > recent.sequence)
        var expected = before
        expected.requestBody = nil
        expected.personalDataErased = true
        expected.updatedAt = at
        expected.sequence = erased.sequence
        #expect(erased == expected)
        #expect(try await store.shipment(trackingCode: recent.trackingCode) == recent)
        // Erasing again finds nothing new.
        #expect(try await store.erasePersonalData(createdBefore: cutoff, at: at) == 0)
        #expect(try await store.changes(after: erased.sequence, limit: 10).isEmpty)
    }
}
