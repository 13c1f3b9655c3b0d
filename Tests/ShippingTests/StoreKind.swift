import Foundation
import Shipping
import Testing

/// The stores the conformance tests run against: SQLite on a real file in a new temporary folder, and the
/// in-memory store of `render`.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case memory

    var testDescription: String { rawValue }

    func make() throws -> any ShipmentStore {
        switch self {
        case .sqlite: return try SQLiteShipmentStore(path: Self.temporaryDatabasePath())
        case .memory: return InMemoryShipmentStore()
        }
    }

    /// A database path in a new temporary folder.
    static func temporaryDatabasePath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)/db.sqlite").path
    }

    static let scheme = TrackingCodeScheme.s10(prefix: "CC", country: "NL")

    /// A shipment of `account` whose request body carries `name`.
    static func shipment(
        account: String = "shop", senderAddressID: Int = 1, name: String = "Jan Janssen", isReturn: Bool = false
    ) -> NewShipment {
        let body = #"{"data":{"shipment":{"recipient":{"name":"\#(name)","country":"NL","zipcode":"1017 GA"}}}}"#
        return NewShipment(
            account: account, service: "standard", senderAddressID: senderAddressID, reference: "R-1",
            orderID: "O-1", picklistID: "P-1", returnID: isReturn ? "RET-1" : nil, isReturn: isReturn, zplDPI: 300,
            weightGrams: 1250, recipientCountry: "NL", recipientPostcode: "1017 GA", requestBody: Array(body.utf8))
    }
}
