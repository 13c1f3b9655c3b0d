import Foundation
import PicqerAPI
import Shipping
import Testing

/// The intake shared by the API and the CSV import: field errors and store outcomes come back in the order sent.
@Suite struct TrackingEventIntakeTests {
    @Test(arguments: StoreKind.allCases) func outcomesKeepTheOrderOfTheInputs(kind: StoreKind) async throws {
        let store = try await kind.make()
        let issued = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        try await store.activate(id: issued.id, labelFormat: .a6)
        let code = issued.trackingCode
        let received = Date(timeIntervalSince1970: 1_790_000_000)
        let good = { (id: String) in
            TrackingEventInput(
                eventID: id, trackingCode: code, status: "in_transit", occurredAt: "2026-09-21T12:00:00Z")
        }
        let inputs = [
            TrackingEventInput(eventID: "bad", trackingCode: code, status: "in_transit", occurredAt: nil),
            good("a"),
            TrackingEventInput(
                eventID: "nobody", trackingCode: "CC999999999NL", status: "in_transit",
                occurredAt: "2026-09-21T12:00:00Z"),
            good("a"),
            good("b"),
        ]
        let outcomes = try await TrackingEventIntake(store: store).record(inputs, receivedAt: received)
        #expect(
            outcomes == [
                .rejected([.init(field: "occurred_at", message: "is missing")]), .created,
                .rejected([.init(field: "tracking_code", message: "no shipment has this tracking code")]),
                .duplicate, .created,
            ])
        #expect(try await TrackingEventIntake(store: store).record([], receivedAt: received) == [])
        #expect(try await store.events(trackingCode: code)?.map(\.eventID) == ["a", "b"])
    }
}
