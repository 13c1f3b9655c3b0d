import Foundation
import SQLiteStore
import Shipping
import Testing

/// The stores the conformance tests run against: SQLite on a real file in a new temporary folder, the in-memory
/// store of `render`, and PostgreSQL in a new schema of the test server (``PostgresTestDatabase``; only when the
/// tests have one, or under CI, where a missing server then fails these cases).
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case memory
    case postgres

    static var allCases: [StoreKind] {
        PostgresTestDatabase.enabled ? [.sqlite, .memory, .postgres] : [.sqlite, .memory]
    }

    var testDescription: String { rawValue }

    func make() async throws -> any ShipmentStore {
        switch self {
        case .sqlite: return try SQLiteShipmentStore(path: Self.temporaryDatabasePath())
        case .memory: return InMemoryShipmentStore()
        case .postgres: return try await PostgresTestDatabase.makeStore()
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
