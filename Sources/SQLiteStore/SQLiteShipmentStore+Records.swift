import Foundation
import GRDB
import PicqerAPI
import Shipping

extension SQLiteShipmentStore {
    /// The columns of a ``ShipmentRecord``, in the order ``record(_:)`` reads them.
    static let recordColumns = """
        id, tracking_code, account, service, status, label_format, is_return, created_at, sender_address_id,
        reference, order_id, picklist_id, return_id, zpl_dpi, weight_grams, recipient_country, recipient_postcode,
        (SELECT body FROM shipment_request WHERE shipment_id = shipment.id), updated_at, sequence,
        personal_data_erased, tracking_status, last_event_at
        """

    /// The records of the shipments matching `condition` (an SQL `WHERE` clause, possibly with `ORDER BY` and
    /// `LIMIT`).
    static func fetchRecords(_ db: Database, where condition: String, arguments: StatementArguments) throws
        -> [ShipmentRecord]
    {
        // A cursor reads each value straight from the statement; `fetchAll` would copy every row (request
        // bodies included) into an array of values first.
        let rows = try Row.fetchCursor(
            db, sql: "SELECT \(recordColumns) FROM shipment WHERE \(condition)", arguments: arguments)
        var records: [ShipmentRecord] = []
        while let row = try rows.next() {
            records.append(try record(row))
        }
        return records
    }

    /// The record of shipment `id`, which must exist.
    static func record(id: Int64, in db: Database) throws -> ShipmentRecord {
        guard let record = try fetchRecords(db, where: "id = ?", arguments: [id]).first else {
            throw DatabaseError(resultCode: .SQLITE_NOTFOUND, message: "shipment \(id) is missing")
        }
        return record
    }

    /// The record in `row`, read by position in the order of ``recordColumns`` (GRDB's lookup by
    /// name lower-cases every column name on every read: a feed page of 500 spent most of its
    /// time there).
    static func record(_ row: Row) throws -> ShipmentRecord {
        let status: String = row[4]
        let format: String? = row[5]
        let body = try row.withUnsafeData(atIndex: 17) { $0.map { [UInt8]($0) } }
        let trackingStatus: String? = row[21]
        return ShipmentRecord(
            id: row[0], trackingCode: row[1], account: row[2], service: row[3],
            status: ShipmentRecord.Status(rawValue: status) ?? .void,
            labelFormat: format.flatMap(LabelFormat.init(rawValue:)), isReturn: row[6], createdAt: row[7],
            senderAddressID: row[8], reference: row[9], orderID: row[10], picklistID: row[11], returnID: row[12],
            zplDPI: row[13], weightGrams: row[14], recipientCountry: row[15], recipientPostcode: row[16],
            requestBody: body, updatedAt: row[18], sequence: row[19], personalDataErased: row[20],
            trackingStatus: trackingStatus.flatMap(TrackingEventStatus.init(rawValue:)), lastEventAt: row[22])
    }
}
