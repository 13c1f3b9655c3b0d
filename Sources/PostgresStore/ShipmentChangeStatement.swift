import PostgresNIO

/// A change to one shipment as one prepared statement (see ``PostgresShipmentStore/changeSQL(set:when:)``):
/// its assignments apply to shipment ``id`` when its condition holds, as one change with the next change number
/// and `updated_at` = ``date``. A row (the new change number) when the shipment changed; none otherwise.
protocol ShipmentChangeStatement: PostgresPreparedStatement where Row == Int64 {
    /// The shipment.
    var id: Int64 { get }
    /// When it changes.
    var date: PostgresTimestamp { get }
}

extension ShipmentChangeStatement {
    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 2)
        bindings.append(id)
        bindings.append(date)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Int64 {
        try row.decode(Int64.self)
    }
}

/// A pending shipment becomes active once its label is made, with the label's format.
struct ActivateStatement: ShipmentChangeStatement {
    static let sql = PostgresShipmentStore.changeSQL(
        set: "status = 'active', label_format = $3::text", when: "status = 'pending'")
    var id: Int64
    var date: PostgresTimestamp
    /// The label's format.
    var labelFormat: String

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 3)
        bindings.append(id)
        bindings.append(date)
        bindings.append(labelFormat)
        return bindings
    }
}

/// A shipment whose label could not be made (or was never asked for) becomes void.
struct VoidStatement: ShipmentChangeStatement {
    static let sql = PostgresShipmentStore.changeSQL(set: "status = 'void'", when: "status <> 'void'")
    var id: Int64
    var date: PostgresTimestamp
}

/// An active shipment is cancelled.
struct CancelStatement: ShipmentChangeStatement {
    static let sql = PostgresShipmentStore.changeSQL(set: "status = 'cancelled'", when: "status = 'active'")
    var id: Int64
    var date: PostgresTimestamp
}
