import PostgresNIO
import Shipping

/// The shipment with a tracking code, as a prepared statement (the tracking page, reprints and the operator API
/// look shipments up by code on every request). No row: no such shipment.
struct ShipmentByCodeStatement: TrackingCodeLookup {
    typealias Row = ShipmentRecord

    static let sql = "SELECT \(PostgresShipmentStore.recordColumns) FROM shipment WHERE tracking_code = $1::text"

    var trackingCode: String

    func decodeRow(_ row: PostgresRow) throws -> ShipmentRecord {
        try PostgresShipmentStore.record(row)
    }
}
