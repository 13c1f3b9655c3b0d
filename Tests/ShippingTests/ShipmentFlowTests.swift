import Foundation
import GRDB
import Labels
import PicqerAPI
import SQLiteStore
import Shipping
import Synchronization
import Testing

/// The whole flow — plan, issue, compose, render, deliver or void — on a real SQLite file.
@Suite struct ShipmentFlowTests {
    /// A database file in a new folder.
    static func databasePath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("flow-\(UUID().uuidString)/carrier.sqlite").path
    }

    /// What a flow reported.
    final class Reports: Sendable {
        let failures = Mutex<[StoreWriteFailure]>([])
    }

    /// The flow on `store`, collecting what it reports.
    static func flow(_ store: any ShipmentStore) -> (ShipmentFlow, Reports) {
        let reports = Reports()
        let flow = ShipmentFlow(configuration: ShipmentRequests.configuration, store: store) { failure in
            reports.failures.withLock { $0.append(failure) }
        }
        return (flow, reports)
    }

    @Test func aRequestBecomesAnActiveShipmentWithItsLabel() async throws {
        let store = try SQLiteShipmentStore(path: Self.databasePath())
        let (flow, _) = Self.flow(store)
        let scheme = ShipmentRequests.configuration.carrier.trackingCode
        let made = try await flow.make(body: try ShipmentRequests.body(), account: ShipmentRequests.account)
        #expect(made.shipment.trackingCode == scheme.code(forSerial: 1))
        #expect(made.documents.format == .a6)
        #expect(made.documents.pdf.starts(with: Array("%PDF".utf8)))
        #expect(made.documents.zpl.hasPrefix("^XA"))
        #expect(made.documents.zpl.contains(made.shipment.trackingCode))
        let record = try #require(try await store.shipment(trackingCode: made.shipment.trackingCode))
        #expect(record.status == .active)
        #expect(record.labelFormat == .a6)
        #expect(record.service == "standard")

        let customs = try await flow.make(
            body: try ShipmentRequests.body("ch-customs.json"), account: ShipmentRequests.account)
        #expect(customs.shipment.trackingCode == scheme.code(forSerial: 2))
        #expect(customs.documents.format == .a4)
        #expect(try await store.shipment(trackingCode: customs.shipment.trackingCode)?.labelFormat == .a4)
        #expect(flow.failedStoreWrites == 0)

        let answer = flow.answer(for: customs.shipment, documents: customs.documents)
        #expect(answer.format == .a4)
        #expect(answer.carrierKey == CarrierKey(rawValue: "courier"))
        #expect(answer.trackingURL == "https://track.test.example/track/\(customs.shipment.trackingCode)")
    }

    @Test func aRefusedRequestIssuesNoCode() async throws {
        let store = try SQLiteShipmentStore(path: Self.databasePath())
        let (flow, _) = Self.flow(store)
        let body = try ShipmentRequests.body(
            recipient: ["country": "CH", "zipcode": ""], shipment: ["value_of_goods": NSNull()],
            profile: ["insured": 1])
        await #expect(throws: ShipmentIntake.Refusal.self) {
            try await flow.make(body: body, account: ShipmentRequests.account)
        }
        guard case .failure(.invalid(let messages)) = flow.plan(body: body, account: ShipmentRequests.account) else {
            Issue.record("not refused as invalid")
            return
        }
        #expect(messages.count == 3, "\(messages)")
        let first = ShipmentRequests.configuration.carrier.trackingCode.code(forSerial: 1)
        #expect(try await store.shipment(trackingCode: first) == nil)
        #expect(flow.plan(body: Array("[1]".utf8), account: ShipmentRequests.account).isUnreadable)
    }

    @Test func aVoidTheDatabaseRefusesIsCountedAndReportedWithoutPersonalData() async throws {
        let path = Self.databasePath()
        let store = try SQLiteShipmentStore(path: path)
        let (flow, reported) = Self.flow(store)
        let plan = try ShipmentRequests.plan(try ShipmentRequests.body())
        let issued = try await flow.issue(plan, body: try ShipmentRequests.body())
        // The database refuses every change of a shipment from now on (as a full disk or a lost lock would).
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try db.execute(
                sql: "CREATE TRIGGER refuse BEFORE UPDATE ON shipment BEGIN SELECT RAISE(ABORT, 'refused'); END")
        }

        await flow.void(issued)
        #expect(flow.failedStoreWrites == 1)
        let documents = try flow.render(issued.composed)
        await #expect(throws: (any Error).self) { try await flow.deliver(issued, documents: documents) }
        #expect(flow.failedStoreWrites == 2)

        let reports = reported.failures.withLock { $0 }
        #expect(reports.map(\.write) == [.void, .activate])
        #expect(reports.allSatisfy { $0.trackingCode == issued.trackingCode })
        for report in reports {
            let line = report.description
            #expect(line.contains(issued.trackingCode))
            for personal in ["Picqer B.V.", "Meander 251", "Arnhem", "info@picqer.com", "6825MC"] {
                #expect(!line.contains(personal), "\(line)")
            }
        }
        // The shipment is left pending: that is what the count and the log are for.
        #expect(try await store.shipment(trackingCode: issued.trackingCode)?.status == .pending)
    }

    @Test func inMemoryCodesAreRealCodesOfTheScheme() async throws {
        let store = InMemoryShipmentStore()
        let (flow, _) = Self.flow(store)
        let scheme = ShipmentRequests.configuration.carrier.trackingCode
        let first = try await flow.make(body: try ShipmentRequests.body(), account: ShipmentRequests.account)
        let second = try await flow.make(
            body: try ShipmentRequests.body("return.json"), account: ShipmentRequests.account)
        #expect(first.shipment.trackingCode == scheme.code(forSerial: 1))
        #expect(second.shipment.trackingCode == scheme.code(forSerial: 2))
        #expect(try await store.shipment(trackingCode: first.shipment.trackingCode)?.status == .active)
        #expect(try await store.shipment(trackingCode: second.shipment.trackingCode)?.isReturn == true)
        await flow.void(first.shipment)
        #expect(try await store.shipment(trackingCode: first.shipment.trackingCode)?.status == .void)
    }

    @Test func aCodeIssuedElsewhereIsComposedTheSameWay() throws {
        let (flow, _) = Self.flow(InMemoryShipmentStore())
        let plan = try ShipmentRequests.plan(try ShipmentRequests.body("ch-customs.json"))
        let composed = flow.compose(plan, trackingCode: "CC000000029NL")
        #expect(composed.label.trackingCode == "CC000000029NL")
        #expect(composed.format == .a4)
        #expect(try flow.render(composed).format == .a4)
    }
}

extension Result where Failure == ShipmentIntake.Refusal {
    /// Whether the body could not be read at all.
    var isUnreadable: Bool {
        if case .failure(.unreadable) = self { return true }
        return false
    }
}
