import Foundation
import PostgresStore
import Shipping
import Testing

/// The webhook outbox shared by several instances on one PostgreSQL database: what one instance takes is
/// leased to it, so no notification is handed to two instances at once; a lease that runs out (the instance
/// died mid-attempt) lets another instance send it; and announcing and recording on the same shipment at the
/// same time never leave a delivery waiting behind one that is already done.
@Suite(.enabled(if: PostgresTestDatabase.enabled, Comment(rawValue: PostgresTestDatabase.skipReason)))
struct PostgresWebhookLeaseTests {
    /// Two instances' stores on one new schema, announcing into the same outbox configuration.
    static func twoInstances() async throws -> (PostgresShipmentStore, PostgresShipmentStore) {
        let schema = try await PostgresTestDatabase.freshSchema()
        let outbox = WebhookOutboxStoreTests.outbox(created: true)
        async let first = PostgresShipmentStore.open(
            configuration: schema.configuration, logger: PostgresTestDatabase.logger, outbox: outbox)
        async let second = PostgresShipmentStore.open(
            configuration: schema.configuration, logger: PostgresTestDatabase.logger, outbox: outbox)
        return try await (first, second)
    }

    static let later = Date().addingTimeInterval(3600)

    @Test func twoInstancesDeliveringAtOnceNeverTakeTheSameNotification() async throws {
        let (a, b) = try await Self.twoInstances()
        for _ in 0..<60 { _ = try await WebhookOutboxStoreTests.active(a) }
        // 60 shipments × 2 endpoints: 120 deliveries, all due. Both instances take and deliver them at once,
        // a few at a time, as their deliverers do.
        let taken = try await withThrowingTaskGroup(of: [Int64].self) { group in
            for store in [a, b] {
                group.addTask {
                    var mine: [Int64] = []
                    while true {
                        let due = try await store.dueWebhookDeliveries(at: Self.later, limit: 7)
                        if due.isEmpty { return mine }
                        for delivery in due {
                            mine.append(delivery.id)
                            try await store.recordWebhookAttempt(
                                id: delivery.id, .init(at: Date(), httpStatus: 204, error: nil, next: .delivered))
                        }
                    }
                }
            }
            var all: [[Int64]] = []
            for try await ids in group { all.append(ids) }
            return all
        }
        let all = taken.flatMap { $0 }
        #expect(all.count == 120, "every delivery taken exactly once (\(all.count) taken)")
        #expect(Set(all).count == 120)
        #expect(Set(taken[0]).isDisjoint(with: taken[1]))
        #expect(taken.allSatisfy { !$0.isEmpty }, "both instances took a share")
        #expect(try await b.webhookDeliveries(state: .delivered, limit: 500).count == 120)
        #expect(try await a.pendingWebhookDeliveryCount() == 0)
    }

    @Test func aLeaseThatRunsOutLetsAnotherInstanceSendIt() async throws {
        let (a, b) = try await Self.twoInstances()
        let shipment = try await WebhookOutboxStoreTests.active(a)
        let takenByA = try await a.dueWebhookDeliveries(at: Self.later, limit: 10)
        #expect(takenByA.count == 2 && takenByA.allSatisfy { $0.trackingCode == shipment.trackingCode })
        // While A's lease holds, B gets nothing and waits for the lease's end (60 s).
        #expect(try await b.dueWebhookDeliveries(at: Self.later.addingTimeInterval(30), limit: 10).isEmpty)
        let next = try #require(try await b.nextWebhookAttempt())
        #expect(abs(next.timeIntervalSince(Self.later.addingTimeInterval(60))) < 0.01)
        #expect(try await b.pendingWebhookDeliveryCount() == 2)
        // A never records (it died mid-attempt): after the lease B takes them — the same notifications.
        let takenByB = try await b.dueWebhookDeliveries(at: Self.later.addingTimeInterval(61), limit: 10)
        #expect(Set(takenByB.map(\.id)) == Set(takenByA.map(\.id)))
        #expect(takenByB.map(\.body) == takenByA.map(\.body))
        // Recording ends the lease: a retry is due again for whoever asks at its time.
        let retryAt = Self.later.addingTimeInterval(120)
        for delivery in takenByB {
            try await b.recordWebhookAttempt(
                id: delivery.id, .init(at: Date(), httpStatus: 503, error: "HTTP 503", next: .retry(at: retryAt)))
        }
        #expect(try await a.dueWebhookDeliveries(at: retryAt, limit: 10).count == 2)
    }

    @Test func announcingAndDeliveringTheSameShipmentAtOnceKeepTheOrderAndLoseNothing() async throws {
        let (a, b) = try await Self.twoInstances()
        var made: [ShipmentRecord] = []
        for _ in 0..<120 { made.append(try await WebhookOutboxStoreTests.active(a)) }
        let shipments = made
        let created = try await b.dueWebhookDeliveries(at: Self.later, limit: 500).filter {
            $0.endpoint == WebhookOutboxStoreTests.first
        }
        #expect(created.count == 120)
        // Instance B delivers every shipment.created while instance A cancels every shipment (announcing
        // shipment.cancelled, which waits behind shipment.created or is due at once when that one is done),
        // each with six connections at a time, in the same order, so that the two meet on the same shipments.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for lane in 0..<6 {
                group.addTask {
                    for delivery in created.enumerated().filter({ $0.offset % 6 == lane }).map(\.element) {
                        try await b.recordWebhookAttempt(
                            id: delivery.id, .init(at: Date(), httpStatus: 200, error: nil, next: .delivered))
                    }
                }
                group.addTask {
                    for shipment in shipments.enumerated().filter({ $0.offset % 6 == lane }).map(\.element) {
                        _ = try await a.cancel(trackingCode: shipment.trackingCode, at: Date())
                    }
                }
            }
            try await group.waitForAll()
        }
        // Every shipment.cancelled to the first endpoint is due now: none stuck behind a delivered one.
        let due = try await a.dueWebhookDeliveries(at: Self.later, limit: 500).filter {
            $0.endpoint == WebhookOutboxStoreTests.first
        }
        #expect(due.count == 120)
        #expect(due.allSatisfy { $0.type == .shipmentCancelled })
        #expect(Set(due.map(\.trackingCode)) == Set(shipments.map(\.trackingCode)))
    }
}
