import Foundation
import PicqerAPI
import Shipping
import Testing

/// Scan events in, on SQLite and in memory alike: idempotency (also under a race), out-of-order arrival, final
/// states, refusals, the change feed and cancel after the handover.
@Suite struct TrackingEventStoreTests {
    static let base = Date(timeIntervalSince1970: 1_790_000_000)

    /// A store with one active shipment.
    static func storeWithActiveShipment(_ kind: StoreKind) async throws -> (any ShipmentStore, ShipmentRecord) {
        let store = try await kind.make()
        let issued = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        try await store.activate(id: issued.id, labelFormat: .a6)
        return (store, try #require(try await store.shipment(trackingCode: issued.trackingCode)))
    }

    static func event(
        _ id: String, _ code: String, _ status: TrackingEventStatus, minutes: Double
    ) -> NewTrackingEvent {
        NewTrackingEvent(
            eventID: id, trackingCode: code, status: status, occurredAt: base.addingTimeInterval(minutes * 60),
            location: TrackingEventLocation(city: "Arnhem", postcode: "6825 MC", country: "nl"),
            description: "Scan \(id)")
    }

    @Test(arguments: StoreKind.allCases) func sameEventIDTwiceIsStoredOnce(kind: StoreKind) async throws {
        let (store, shipment) = try await Self.storeWithActiveShipment(kind)
        let code = shipment.trackingCode
        let first = Self.event("e1", code, .pickedUp, minutes: 0)
        #expect(
            try await store.record(events: [first, first], receivedAt: Self.base.addingTimeInterval(3600))
                == [.created, .duplicate])
        // Resent later, even with other content: still the one event.
        var changed = first
        changed.status = .delivered
        #expect(
            try await store.record(events: [changed], receivedAt: Self.base.addingTimeInterval(7200)) == [.duplicate])
        let events = try #require(try await store.events(trackingCode: code))
        #expect(events.count == 1)
        #expect(events[0].status == .pickedUp && events[0].location?.country == "NL")
        #expect(events[0].description == "Scan e1" && events[0].occurredAt == Self.base)
        #expect(try await store.shipment(trackingCode: code)?.trackingStatus == .pickedUp)
    }

    @Test(arguments: StoreKind.allCases) func twoConcurrentBatchesWithTheSameIDsStoreEachOnce(kind: StoreKind)
        async throws
    {
        let (store, shipment) = try await Self.storeWithActiveShipment(kind)
        let batch = (0..<200).map { Self.event("race-\($0)", shipment.trackingCode, .inTransit, minutes: Double($0)) }
        let received = Self.base.addingTimeInterval(86_400)
        let outcomes = try await withThrowingTaskGroup(of: [EventOutcome].self) { group in
            for _ in 0..<4 { group.addTask { try await store.record(events: batch, receivedAt: received) } }
            var all: [[EventOutcome]] = []
            for try await outcome in group { all.append(outcome) }
            return all
        }
        // Every event is created by exactly one batch and a duplicate in the others.
        for index in batch.indices {
            let column = outcomes.map { $0[index] }
            #expect(column.filter { $0 == .created }.count == 1, "event \(index)")
            #expect(column.filter { $0 == .duplicate }.count == 3, "event \(index)")
        }
        #expect(try await store.events(trackingCode: shipment.trackingCode)?.count == 200)
    }

    @Test(arguments: StoreKind.allCases) func outOfOrderEventsGiveTheLatestOccurredStatus(kind: StoreKind) async throws
    {
        let (store, shipment) = try await Self.storeWithActiveShipment(kind)
        let code = shipment.trackingCode
        let received = Self.base.addingTimeInterval(86_400)
        // Arrive: out for delivery (3rd), picked up (1st), sorting (2nd).
        _ = try await store.record(events: [Self.event("c", code, .outForDelivery, minutes: 120)], receivedAt: received)
        _ = try await store.record(
            events: [
                Self.event("a", code, .pickedUp, minutes: 0), Self.event("b", code, .atSortingCenter, minutes: 60),
            ],
            receivedAt: received)
        let record = try #require(try await store.shipment(trackingCode: code))
        #expect(record.trackingStatus == .outForDelivery)
        #expect(record.lastEventAt == Self.base.addingTimeInterval(7200))
        let events = try #require(try await store.events(trackingCode: code))
        #expect(events.map(\.eventID) == ["a", "b", "c"])
    }

    @Test(arguments: StoreKind.allCases) func finalStatusesAreNotUndoneByLaterNonFinalEvents(kind: StoreKind)
        async throws
    {
        let (store, shipment) = try await Self.storeWithActiveShipment(kind)
        let code = shipment.trackingCode
        let received = Self.base.addingTimeInterval(86_400)
        _ = try await store.record(events: [Self.event("d", code, .delivered, minutes: 60)], receivedAt: received)
        // A scanner that synced late says "in transit" two hours after delivery.
        #expect(
            try await store.record(events: [Self.event("t", code, .inTransit, minutes: 180)], receivedAt: received)
                == [.created])
        var record = try #require(try await store.shipment(trackingCode: code))
        #expect(record.trackingStatus == .delivered)
        #expect(record.lastEventAt == Self.base.addingTimeInterval(180 * 60))
        // A final status that occurs later does replace it.
        _ = try await store.record(
            events: [Self.event("r", code, .returnedToSender, minutes: 600)], receivedAt: received)
        record = try #require(try await store.shipment(trackingCode: code))
        #expect(record.trackingStatus == .returnedToSender)
        // An earlier final event arriving last does not.
        _ = try await store.record(
            events: [Self.event("cp", code, .collectedFromPickupPoint, minutes: 30)], receivedAt: received)
        #expect(try await store.shipment(trackingCode: code)?.trackingStatus == .returnedToSender)
    }

    @Test(arguments: StoreKind.allCases) func refusedEventsNameTheField(kind: StoreKind) async throws {
        let (store, shipment) = try await Self.storeWithActiveShipment(kind)
        let pending = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        let void = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        try await store.void(id: void.id)
        let received = Self.base
        let outcomes = try await store.record(
            events: [
                Self.event("unknown", "CC999999999NL", .pickedUp, minutes: 0),
                Self.event("void", void.trackingCode, .pickedUp, minutes: 0),
                Self.event("pending", pending.trackingCode, .pickedUp, minutes: 0),
                Self.event("future", shipment.trackingCode, .pickedUp, minutes: 61),
                Self.event("soon", shipment.trackingCode, .pickedUp, minutes: 59),
            ], receivedAt: received)
        func fields(_ outcome: EventOutcome) -> [String] {
            if case .rejected(let errors) = outcome { return errors.map(\.field) }
            return []
        }
        #expect(outcomes.map(fields) == [["tracking_code"], ["tracking_code"], ["tracking_code"], ["occurred_at"], []])
        #expect(outcomes[4] == .created)
        #expect(try await store.events(trackingCode: void.trackingCode) == [])
        #expect(try await store.events(trackingCode: "CC999999999NL") == nil)
        #expect(try await store.shipment(trackingCode: void.trackingCode)?.trackingStatus == nil)
        // A rejected event id is not used up: sent again correctly, it is created.
        #expect(
            try await store.record(
                events: [Self.event("future", shipment.trackingCode, .pickedUp, minutes: 0)], receivedAt: received)
                == [.created])
    }

    @Test(arguments: StoreKind.allCases) func everyStoredEventIsAChangeInTheFeed(kind: StoreKind) async throws {
        let (store, shipment) = try await Self.storeWithActiveShipment(kind)
        let other = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        let before = try #require(try await store.shipment(trackingCode: other.trackingCode)).sequence
        #expect(shipment.sequence < before)
        let code = shipment.trackingCode
        let received = Self.base.addingTimeInterval(86_400)
        _ = try await store.record(
            events: [Self.event("1", code, .pickedUp, minutes: 0), Self.event("2", code, .inTransit, minutes: 1)],
            receivedAt: received)
        let after = try #require(try await store.shipment(trackingCode: code))
        // Two events, two changes: the sequence moved past the other shipment's by two.
        #expect(after.sequence == before + 2)
        #expect(after.updatedAt == received)
        #expect(try await store.changes(after: before, limit: 10).map(\.trackingCode) == [code])
        // A duplicate is no change.
        _ = try await store.record(events: [Self.event("1", code, .pickedUp, minutes: 0)], receivedAt: received)
        #expect(try await store.shipment(trackingCode: code)?.sequence == after.sequence)
        // A stored event that does not change the status is still a change.
        _ = try await store.record(events: [Self.event("0", code, .pickedUp, minutes: -5)], receivedAt: received)
        #expect(try await store.shipment(trackingCode: code)?.sequence == after.sequence + 1)
    }

    @Test(arguments: StoreKind.allCases) func cancelIsRefusedOnceTheCarrierHasTheParcel(kind: StoreKind) async throws {
        let (store, shipment) = try await Self.storeWithActiveShipment(kind)
        _ = try await store.record(
            events: [Self.event("p", shipment.trackingCode, .pickedUp, minutes: 0)],
            receivedAt: Self.base.addingTimeInterval(60))
        let now = try #require(try await store.shipment(trackingCode: shipment.trackingCode))
        #expect(try await store.cancel(trackingCode: shipment.trackingCode, at: Self.base) == .notCancellable(now))
        #expect(try await store.shipment(trackingCode: shipment.trackingCode)?.status == .active)
        // Without events a shipment still cancels, and then takes no events.
        let (other, fresh) = try await Self.storeWithActiveShipment(kind)
        guard case .cancelled = try await other.cancel(trackingCode: fresh.trackingCode, at: Self.base) else {
            Issue.record("not cancelled")
            return
        }
        let outcome = try await other.record(
            events: [Self.event("x", fresh.trackingCode, .pickedUp, minutes: 0)], receivedAt: Self.base)
        #expect(outcome.count == 1 && outcome[0] != .created)
    }
}
