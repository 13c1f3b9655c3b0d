import PostgresNIO
import Shipping

/// The shipment with a tracking code, as a prepared statement (the tracking page, reprints and the operator API
/// look shipments up by code on every request). No row: no such shipment.
struct ShipmentByCodeStatement: PostgresPreparedStatement {
    typealias Row = ShipmentRecord

    static let sql = "SELECT \(PostgresShipmentStore.recordColumns) FROM shipment WHERE tracking_code = $1::text"
    static let bindingDataTypes: [PostgresDataType] = [.text]

    /// The tracking code.
    var trackingCode: String

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 1)
        bindings.append(trackingCode)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> ShipmentRecord {
        try PostgresShipmentStore.record(row)
    }
}
