import NIOCore
import PostgresNIO
import Shipping

/// The one statement that issues a shipment (see `PostgresShipmentStore.issue`), prepared once per connection:
/// PostgreSQL parses and plans it on a connection's first shipment, not on every one. Every scheme shares the
/// text (the scheme's code rule is bound, see ``TrackingCodeScheme/SQLCodeRule``).
///
/// In one transaction without a round trip while the counters are locked: the serial (not taken when the
/// scheme is exhausted), the shipment with its code — made by PostgreSQL from the serial, as
/// `TrackingCodeScheme.code(forSerial:)` does — the change number last (see `PostgresShipmentStore`) and the
/// request. A failure anywhere rolls all of it back: no serial is used up. No row: the scheme is exhausted.
struct IssueStatement: PostgresPreparedStatement {
    typealias Row = (id: Int64, sequence: Int64, trackingCode: String)

    static let sql = """
        WITH rule AS (
            SELECT $1::text AS prefix, $2::text AS suffix, $3::bigint[] AS weights, $4::bigint[] AS check_digits),
        serial AS (
            INSERT INTO serial_counter (name, last_serial) VALUES ($5::text, 1)
            ON CONFLICT (name) DO UPDATE SET last_serial = serial_counter.last_serial + 1
                WHERE serial_counter.last_serial < $6::bigint
            RETURNING last_serial),
        next AS (
            UPDATE change_counter SET last_sequence = last_sequence + 1
            WHERE name = 'shipment' AND EXISTS (SELECT 1 FROM serial)
            RETURNING last_sequence),
        made AS (
            INSERT INTO shipment (tracking_code, account, service, sender_address_id, reference, order_id,
                picklist_id, return_id, is_return, zpl_dpi, label_format, status, created_at, updated_at,
                weight_grams, recipient_country, recipient_postcode, sequence, personal_data_erased)
            SELECT \(TrackingCodeScheme.sqlCode(serial: "serial.last_serial", rule: "rule")), $7::text, $8::text,
                $9::bigint, $10::text, $11::text, $12::text, $13::text, $14::boolean, $15::bigint, NULL, 'pending',
                $16::timestamptz, $16::timestamptz, $17::bigint, $18::text, $19::text, next.last_sequence, false
            FROM rule, serial, next
            RETURNING id, sequence, tracking_code),
        request AS (
            INSERT INTO shipment_request (shipment_id, body) SELECT id, $20::bytea FROM made)
        SELECT id, sequence, tracking_code FROM made
        """

    static let bindingDataTypes: [PostgresDataType] = [
        .text, .text, .int8Array, .int8Array, .text, .int8, .text, .text, .int8, .text, .text, .text, .text, .bool,
        .int8, .timestamptz, .int8, .text, .text, .bytea,
    ]

    /// The shipment to store.
    var shipment: NewShipment
    /// The scheme its code comes from.
    var scheme: TrackingCodeScheme
    /// Its creation time (also its first `updated_at`).
    var now: PostgresTimestamp

    func makeBindings() throws -> PostgresBindings {
        let rule = scheme.sqlRule
        var bindings = PostgresBindings(capacity: 20)
        bindings.append(rule.prefix)
        bindings.append(rule.suffix)
        bindings.append(rule.weights)
        bindings.append(rule.checkDigits)
        bindings.append(scheme.counterName)
        bindings.append(scheme.maximumSerial)
        bindings.append(shipment.account)
        bindings.append(shipment.service)
        bindings.append(shipment.senderAddressID)
        bindings.append(shipment.reference)
        bindings.append(shipment.orderID)
        bindings.append(shipment.picklistID)
        bindings.append(shipment.returnID)
        bindings.append(shipment.isReturn)
        bindings.append(shipment.zplDPI)
        bindings.append(now)
        bindings.append(shipment.weightGrams)
        bindings.append(shipment.recipientCountry)
        bindings.append(shipment.recipientPostcode)
        bindings.append(ByteBuffer(bytes: shipment.requestBody))
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Row {
        try row.decode((Int64, Int64, String).self)
    }
}
