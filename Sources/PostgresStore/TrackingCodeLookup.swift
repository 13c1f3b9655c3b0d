import PostgresNIO

/// A prepared statement whose one parameter (`$1`, text) is a tracking code.
protocol TrackingCodeLookup: PostgresPreparedStatement {
    /// The tracking code.
    var trackingCode: String { get }
}

extension TrackingCodeLookup {
    static var bindingDataTypes: [PostgresDataType] { [.text] }

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 1)
        bindings.append(trackingCode)
        return bindings
    }
}
