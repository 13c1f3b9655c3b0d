import Foundation
import GRDB
import PicqerAPI
import SQLiteStore
import Shipping
import Testing

/// The webhook outbox, on every store alike (SQLite, in memory, PostgreSQL): one notification per announced change and endpoint,
/// written with the change (and rolled back with it), in order per shipment and endpoint, retries, give-up,
/// resuming at start, and bodies erased with the personal data.
@Suite struct WebhookOutboxStoreTests {
    static let first = "https://one.example/hooks"
    static let second = "https://two.example/hooks"

    /// An outbox whose body is `type code status` (the real one renders the operator API's JSON).
    static func outbox(created: Bool = true) -> WebhookOutbox {
        WebhookOutbox(subscriptions: [
            .init(endpoint: first, events: Set(WebhookEventType.allCases)),
            .init(endpoint: second, events: created ? [.shipmentCreated] : [.shipmentCancelled]),
        ]) { type, record, _ in
            let name = record.requestBody.map { String(decoding: $0, as: UTF8.self) } ?? "-"
            return Array("\(type.rawValue) \(record.trackingCode) \(record.status.rawValue) \(name)".utf8)
        }
    }

    /// Every store: SQLite, in memory, and PostgreSQL when the tests have a server (``StoreKind``).
    static let kinds: [StoreKind] = StoreKind.allCases

    static func make(_ kind: StoreKind, outbox: WebhookOutbox? = WebhookOutboxStoreTests.outbox()) async throws
        -> any ShipmentStore
    {
        switch kind {
        case .sqlite: return try SQLiteShipmentStore(path: StoreKind.temporaryDatabasePath(), outbox: outbox)
        case .memory: return InMemoryShipmentStore(outbox: outbox)
        case .postgres: return try await PostgresTestDatabase.makeStore(outbox: outbox)
        }
    }

    static func active(_ store: any ShipmentStore) async throws -> ShipmentRecord {
        let issued = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        try await store.activate(id: issued.id, labelFormat: .a6)
        return try #require(try await store.shipment(trackingCode: issued.trackingCode))
    }

    static let later = Date().addingTimeInterval(3600)

    @Test(arguments: Self.kinds) func everyAnnouncedChangeGetsOneDeliveryPerEndpointThatWantsIt(
        kind: StoreKind
    ) async throws {
        let store = try await Self.make(kind)
        let shipment = try await Self.active(store)
        // Issuing (pending) announces nothing; activating is shipment.created, to both endpoints.
        var all = try await store.webhookDeliveries(state: nil, limit: 100)
        #expect(all.map(\.type) == [.shipmentCreated, .shipmentCreated])
        #expect(Set(all.map(\.endpoint)) == [Self.first, Self.second])
        #expect(all.allSatisfy { $0.state == .pending && $0.attempts == 0 && $0.trackingCode == shipment.trackingCode })
        // A scan event that changes the tracking status: status_changed, to the first endpoint only. The same
        // status again changes nothing to announce.
        let event = NewTrackingEvent(
            eventID: "e1", trackingCode: shipment.trackingCode, status: .pickedUp, occurredAt: Date(), location: nil,
            description: nil)
        var again = event
        again.eventID = "e2"
        again.occurredAt = Date().addingTimeInterval(1)
        #expect(try await store.record(events: [event, again], receivedAt: Date()) == [.created, .created])
        all = try await store.webhookDeliveries(state: nil, limit: 100)
        #expect(all.map(\.type) == [.shipmentStatusChanged, .shipmentCreated, .shipmentCreated])
        #expect(all[0].endpoint == Self.first)
        // Only the first of a shipment's notifications to an endpoint is due: in order per shipment.
        let due = try await store.dueWebhookDeliveries(at: Self.later, limit: 10)
        #expect(due.map(\.type) == [.shipmentCreated, .shipmentCreated])
        let body = String(decoding: try #require(due.first?.body), as: UTF8.self)
        #expect(body.hasPrefix("shipment.created \(shipment.trackingCode) active"))
        #expect(body.contains("Jan Janssen"))  // the snapshot carries personal data until erasure
    }

    @Test(arguments: Self.kinds) func voidAndCancelAreAnnounced(kind: StoreKind) async throws {
        let store = try await Self.make(kind, outbox: Self.outbox(created: false))
        let issued = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        try await store.void(id: issued.id)
        try await store.void(id: issued.id)  // void again: no change, nothing announced
        let shipment = try await Self.active(store)
        _ = try await store.cancel(trackingCode: shipment.trackingCode, at: Date())
        _ = try await store.cancel(trackingCode: shipment.trackingCode, at: Date())
        let all = try await store.webhookDeliveries(state: nil, limit: 100)
        #expect(
            all.map { "\($0.type.rawValue) \($0.endpoint == Self.first ? 1 : 2)" } == [
                "shipment.cancelled 2", "shipment.cancelled 1", "shipment.created 1", "shipment.voided 1",
            ])
    }

    @Test(arguments: Self.kinds) func aLaterNotificationWaitsUntilTheEarlierIsDeliveredOrGivenUp(
        kind: StoreKind
    ) async throws {
        let store = try await Self.make(kind, outbox: Self.outbox(created: false))
        let a = try await Self.active(store)
        let b = try await Self.active(store)
        _ = try await store.cancel(trackingCode: a.trackingCode, at: Date())
        // a: created(1) → cancelled(1) waits; cancelled(2) is the only one of a to endpoint 2; b: created(1).
        var due = try await store.dueWebhookDeliveries(at: Self.later, limit: 10)
        #expect(
            due.map {
                "\($0.trackingCode == a.trackingCode ? "a" : $0.trackingCode == b.trackingCode ? "b" : "?") \($0.type.rawValue) \($0.endpoint == Self.first ? 1 : 2)"
            }
                == ["a shipment.created 1", "b shipment.created 1", "a shipment.cancelled 2"])
        let waiting = try await store.webhookDeliveries(state: .pending, limit: 10).filter {
            $0.type == .shipmentCancelled && $0.endpoint == Self.first
        }
        #expect(waiting.count == 1 && waiting[0].nextAttemptAt == nil)
        // A failed attempt that will be retried keeps the later one waiting.
        let created = due[0]
        try await store.recordWebhookAttempt(
            id: created.id,
            .init(at: Date(), httpStatus: 503, error: "HTTP 503", next: .retry(at: Self.later.addingTimeInterval(60))))
        due = try await store.dueWebhookDeliveries(at: Self.later, limit: 10)
        #expect(!due.contains { $0.trackingCode == a.trackingCode && $0.endpoint == Self.first })
        #expect(try await store.nextWebhookAttempt() != nil)
        // Given up: the later one is due now.
        try await store.recordWebhookAttempt(
            id: created.id, .init(at: Date(), httpStatus: nil, error: "timeout", next: .giveUp))
        due = try await store.dueWebhookDeliveries(at: Self.later, limit: 10)
        #expect(
            due.contains {
                $0.trackingCode == a.trackingCode && $0.type == .shipmentCancelled && $0.endpoint == Self.first
            })
        let failed = try await store.webhookDeliveries(state: .failed, limit: 10)
        #expect(failed.count == 1 && failed[0].id == created.id && failed[0].attempts == 2)
        #expect(failed[0].lastError == "timeout" && failed[0].nextAttemptAt == nil && failed[0].deliveredAt == nil)
        // Delivered: recorded with its status and time; recording it again changes nothing.
        let cancelled = try #require(due.first { $0.type == .shipmentCancelled && $0.endpoint == Self.first })
        let at = Date()
        try await store.recordWebhookAttempt(
            id: cancelled.id, .init(at: at, httpStatus: 204, error: nil, next: .delivered))
        try await store.recordWebhookAttempt(
            id: cancelled.id, .init(at: at, httpStatus: 500, error: "HTTP 500", next: .giveUp))
        let delivered = try await store.webhookDeliveries(state: .delivered, limit: 10)
        #expect(delivered.count == 1 && delivered[0].lastStatus == 204 && delivered[0].attempts == 1)
        #expect(delivered[0].deliveredAt.map { abs($0.timeIntervalSince(at)) < 0.01 } == true)
    }

    @Test(arguments: Self.kinds) func resumingMakesRetriesDueAtOnce(kind: StoreKind) async throws {
        let store = try await Self.make(kind)
        _ = try await Self.active(store)
        let now = Date()
        for delivery in try await store.dueWebhookDeliveries(at: now.addingTimeInterval(1), limit: 10) {
            try await store.recordWebhookAttempt(
                id: delivery.id,
                .init(
                    at: now, httpStatus: nil, error: "connection refused", next: .retry(at: now.addingTimeInterval(600))
                ))
        }
        #expect(try await store.dueWebhookDeliveries(at: now.addingTimeInterval(1), limit: 10).isEmpty)
        #expect(try await store.resumeWebhookDeliveries(at: now.addingTimeInterval(1)) == 2)
        #expect(try await store.dueWebhookDeliveries(at: now.addingTimeInterval(1), limit: 10).count == 2)
    }

    @Test(arguments: Self.kinds) func erasureRemovesTheBodies(kind: StoreKind) async throws {
        let store = try await Self.make(kind)
        _ = try await Self.active(store)
        #expect(try await store.erasePersonalData(createdBefore: Date().addingTimeInterval(60), at: Date()) == 1)
        let due = try await store.dueWebhookDeliveries(at: Self.later, limit: 10)
        #expect(due.count == 2 && due.allSatisfy { $0.body == nil })
    }

    /// The bodies hold the recipient's name (the snapshot of the shipment); erasure removes it from the
    /// database file itself, as it does the stored request.
    @Test func erasedNamesAreGoneFromTheNotificationsInTheFile() async throws {
        let path = StoreKind.temporaryDatabasePath()
        let store = try SQLiteShipmentStore(path: path, outbox: Self.outbox())
        let name = "Zebulonia Kwakkelstein"
        let issued = try await store.issue(StoreKind.shipment(name: name), scheme: StoreKind.scheme)
        try await store.activate(id: issued.id, labelFormat: .a6)
        _ = try await store.cancel(trackingCode: issued.trackingCode, at: Date())
        #expect(PersonalDataErasureTests.filesContain(name, path: path), "the test must see the name first")
        #expect(try await store.erasePersonalData(createdBefore: Date().addingTimeInterval(60), at: Date()) == 1)
        #expect(!PersonalDataErasureTests.filesContain(name, path: path), "an erased name is still in the file")
        #expect(try await store.webhookDeliveries(state: nil, limit: 10).count == 3)
    }

    @Test(arguments: Self.kinds) func withoutWebhooksNothingIsWritten(kind: StoreKind) async throws {
        let store = try await Self.make(kind, outbox: nil)
        _ = try await Self.active(store)
        #expect(try await store.webhookDeliveries(state: nil, limit: 10).isEmpty)
        #expect(try await store.nextWebhookAttempt() == nil)
    }

    @Test func theCommitWakesTheDeliverer() async throws {
        let outbox = Self.outbox()
        let store = try SQLiteShipmentStore(path: StoreKind.temporaryDatabasePath(), outbox: outbox)
        let started = ContinuousClock.now
        async let woken: Void = outbox.signal.wait(upTo: .seconds(10))
        try await Task.sleep(for: .milliseconds(50))
        _ = try await Self.active(store)
        await woken
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    // MARK: one transaction

    /// A failing write of the outbox rolls the change back, and a failing change writes no notification: the
    /// two commit together or not at all.
    @Test func theNotificationAndItsChangeCommitOrRollBackTogether() async throws {
        let path = StoreKind.temporaryDatabasePath()
        let store = try SQLiteShipmentStore(path: path, outbox: Self.outbox())
        let shipment = try await Self.active(store)
        let direct = try DatabaseQueue(path: path)
        try await direct.write { db in
            try db.execute(
                sql: """
                    CREATE TRIGGER refuse_delivery BEFORE INSERT ON webhook_delivery
                    BEGIN SELECT RAISE(ABORT, 'outbox refused'); END
                    """)
        }
        await #expect(throws: (any Error).self) {
            _ = try await store.cancel(trackingCode: shipment.trackingCode, at: Date())
        }
        #expect(try await store.shipment(trackingCode: shipment.trackingCode)?.status == .active)
        #expect(try await direct.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM webhook_notification") } == 1)

        try await direct.write { db in
            try db.execute(
                sql: """
                    DROP TRIGGER refuse_delivery;
                    CREATE TRIGGER refuse_cancel BEFORE UPDATE OF status ON shipment WHEN NEW.status = 'cancelled'
                    BEGIN SELECT RAISE(ABORT, 'cancel refused'); END
                    """)
        }
        await #expect(throws: (any Error).self) {
            _ = try await store.cancel(trackingCode: shipment.trackingCode, at: Date())
        }
        #expect(try await store.webhookDeliveries(state: nil, limit: 10).count == 2)  // the two of created only
        try await direct.write { try $0.execute(sql: "DROP TRIGGER refuse_cancel") }
        _ = try await store.cancel(trackingCode: shipment.trackingCode, at: Date())
        #expect(try await store.webhookDeliveries(state: nil, limit: 10).first?.type == .shipmentCancelled)
    }

    // MARK: retry policy

    @Test func backoffDoublesFromFiveSecondsUpToAnHourAndGivesUpAfterADay() {
        let policy = WebhookRetryPolicy.standard
        #expect(
            (1...12).map { policy.delay(afterFailedAttempts: $0) } == [
                .seconds(5), .seconds(10), .seconds(20), .seconds(40), .seconds(80), .seconds(160), .seconds(320),
                .seconds(640), .seconds(1280), .seconds(2560), .seconds(3600), .seconds(3600),
            ])
        let created = Date(timeIntervalSince1970: 1_790_000_000)
        #expect(
            policy.next(afterFailedAttempts: 1, now: created, createdAt: created)
                == .retry(at: created.addingTimeInterval(5)))
        // Never later than the give-up time, then give up.
        let almost = created.addingTimeInterval(86_400 - 60)
        #expect(
            policy.next(afterFailedAttempts: 30, now: almost, createdAt: created)
                == .retry(at: created.addingTimeInterval(86_400)))
        #expect(
            policy.next(afterFailedAttempts: 31, now: created.addingTimeInterval(86_400), createdAt: created)
                == .giveUp)
    }
}
