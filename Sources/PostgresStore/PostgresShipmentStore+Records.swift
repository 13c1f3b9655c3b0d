import Foundation
import NIOCore
import PicqerAPI
import PostgresNIO
import Shipping

extension PostgresShipmentStore {
    /// The columns of a ``ShipmentRecord``, in the order ``record(_:)`` reads them.
    static let recordColumns = """
        id, tracking_code, account, service, status, label_format, is_return, created_at, sender_address_id,
        reference, order_id, picklist_id, return_id, zpl_dpi, weight_grams, recipient_country, recipient_postcode,
        (SELECT body FROM shipment_request WHERE shipment_id = shipment.id), updated_at, sequence,
        personal_data_erased, tracking_status, last_event_at
        """

    /// The records of `rows` (selected with ``recordColumns``).
    static func records(_ rows: PostgresRowSequence) async throws -> [ShipmentRecord] {
        var records: [ShipmentRecord] = []
        for try await row in rows { records.append(try record(row)) }
        return records
    }

    /// The record in `row`, read by position in the order of ``recordColumns``.
    static func record(_ row: PostgresRow) throws -> ShipmentRecord {
        let cells = row.makeRandomAccess()
        let status = try cells[4].decode(String.self)
        let format = try cells[5].decode(String?.self)
        let body = try cells[17].decode(ByteBuffer?.self)
        let trackingStatus = try cells[21].decode(String?.self)
        return ShipmentRecord(
            id: try cells[0].decode(Int64.self), trackingCode: try cells[1].decode(String.self),
            account: try cells[2].decode(String.self), service: try cells[3].decode(String.self),
            status: ShipmentRecord.Status(rawValue: status) ?? .void,
            labelFormat: format.flatMap(LabelFormat.init(rawValue:)), isReturn: try cells[6].decode(Bool.self),
            createdAt: try cells[7].decode(PostgresTimestamp.self).date,
            senderAddressID: try cells[8].decode(Int.self), reference: try cells[9].decode(String?.self),
            orderID: try cells[10].decode(String?.self), picklistID: try cells[11].decode(String?.self),
            returnID: try cells[12].decode(String?.self), zplDPI: try cells[13].decode(Int.self),
            weightGrams: try cells[14].decode(Int.self), recipientCountry: try cells[15].decode(String.self),
            recipientPostcode: try cells[16].decode(String.self),
            requestBody: body.map { Array($0.readableBytesView) },
            updatedAt: try cells[18].decode(PostgresTimestamp.self).date, sequence: try cells[19].decode(Int64.self),
            personalDataErased: try cells[20].decode(Bool.self),
            trackingStatus: trackingStatus.flatMap(TrackingEventStatus.init(rawValue:)),
            lastEventAt: try cells[22].decode(PostgresTimestamp?.self)?.date)
    }
}

extension PostgresRowSequence {
    /// The one row's value; fails when there is no row.
    func single<T: PostgresDecodable & Sendable>(_ type: T.Type) async throws -> T {
        for try await value in decode(T.self) { return value }
        throw PostgresDecodingError.Code.missingData
    }

    /// The one row's values; fails when there is no row.
    func single<A: PostgresDecodable & Sendable, B: PostgresDecodable & Sendable>(_ type: (A, B).Type) async throws -> (
        A, B
    ) {
        for try await value in decode((A, B).self) { return value }
        throw PostgresDecodingError.Code.missingData
    }
}
