import Foundation
import PicqerAPI
import Testing

@testable import SQLiteStore
@testable import Shipping

@Suite struct SQLiteShipmentStoreTests {
    static func newShipment() -> NewShipment {
        NewShipment(
            account: "shop", service: "standard", senderAddressID: 1, reference: "ref", orderID: "O1", picklistID: nil,
            returnID: nil, isReturn: false, zplDPI: 203, weightGrams: 1200, recipientCountry: "NL",
            recipientPostcode: "1017 GA", requestBody: Array("{}".utf8))
    }

    @Test func codesAreIssuedInOrderAndSurviveReopening() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)/db.sqlite")
            .path
        let scheme = TrackingCodeScheme.s10(prefix: "CC", country: "NL")
        let store = try SQLiteShipmentStore(path: path)
        let first = try await store.issue(Self.newShipment(), scheme: scheme)
        let second = try await store.issue(Self.newShipment(), scheme: scheme)
        #expect(first.trackingCode == scheme.code(forSerial: 1))
        #expect(second.trackingCode == scheme.code(forSerial: 2))
        try await store.activate(id: first.id, labelFormat: .a6)
        try await store.void(id: second.id)
        // A void shipment stays void even if its label turns up late.
        try await store.activate(id: second.id, labelFormat: .a6)

        let reopened = try SQLiteShipmentStore(path: path)
        #expect(try await reopened.shipment(trackingCode: first.trackingCode)?.status == .active)
        #expect(try await reopened.shipment(trackingCode: second.trackingCode)?.status == .void)
        let third = try await reopened.issue(Self.newShipment(), scheme: scheme)
        #expect(third.trackingCode == scheme.code(forSerial: 3))
        // Another scheme has its own counter.
        let other = try await reopened.issue(Self.newShipment(), scheme: .mod10(prefix: "PC", digits: 8))
        #expect(other.trackingCode.hasPrefix("PC00000001"))
    }
}
