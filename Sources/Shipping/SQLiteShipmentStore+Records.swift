import Foundation
import GRDB
import PicqerAPI

extension SQLiteShipmentStore {
    /// The columns of a ``ShipmentRecord``, in the order ``record(_:)`` reads them.
    static let recordColumns = """
        id, tracking_code, account, service, status, label_format, is_return, created_at, sender_address_id,
        reference, order_id, picklist_id, return_id, zpl_dpi, weight_grams, recipient_country, recipient_postcode,
        request_body, updated_at, sequence, personal_data_erased, tracking_status, last_event_at
        """

    /// The records of the shipments matching `condition` (an SQL `WHERE` clause, possibly with `ORDER BY` and
    /// `LIMIT`).
    static func fetchRecords(_ db: Database, where condition: String, arguments: StatementArguments) throws
        -> [ShipmentRecord]
    {
        try Row.fetchAll(db, sql: "SELECT \(recordColumns) FROM shipment WHERE \(condition)", arguments: arguments)
            .map(record)
    }

    /// The record of shipment `id`, which must exist.
    static func record(id: Int64, in db: Database) throws -> ShipmentRecord {
        guard let record = try fetchRecords(db, where: "id = ?", arguments: [id]).first else {
            throw DatabaseError(resultCode: .SQLITE_NOTFOUND, message: "shipment \(id) is missing")
        }
        return record
    }

    static func record(_ row: Row) -> ShipmentRecord {
        let status: String = row["status"]
        let format: String? = row["label_format"]
        let body: Data? = row["request_body"]
        let trackingStatus: String? = row["tracking_status"]
        return ShipmentRecord(
            id: row["id"], trackingCode: row["tracking_code"], account: row["account"], service: row["service"],
            status: ShipmentRecord.Status(rawValue: status) ?? .void,
            labelFormat: format.flatMap(LabelFormat.init(rawValue:)), isReturn: row["is_return"],
            createdAt: row["created_at"], senderAddressID: row["sender_address_id"], reference: row["reference"],
            orderID: row["order_id"], picklistID: row["picklist_id"], returnID: row["return_id"],
            zplDPI: row["zpl_dpi"], weightGrams: row["weight_grams"], recipientCountry: row["recipient_country"],
            recipientPostcode: row["recipient_postcode"], requestBody: body.map { [UInt8]($0) },
            updatedAt: row["updated_at"], sequence: row["sequence"], personalDataErased: row["personal_data_erased"],
            trackingStatus: trackingStatus.flatMap(TrackingEventStatus.init(rawValue:)),
            lastEventAt: row["last_event_at"])
    }
}
