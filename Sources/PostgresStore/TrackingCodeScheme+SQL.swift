import Shipping

extension TrackingCodeScheme {
    /// The texts before and after the digits of every code of the scheme (from the configuration: bind them as
    /// parameters, never splice them into SQL).
    var affixes: (prefix: String, suffix: String) {
        switch self {
        case .s10(let prefix, let country): return (prefix, country)
        case .mod10(let prefix, _): return (prefix, "")
        }
    }

    /// A SQL expression that makes the tracking code of the serial in the bigint expression `serial`, exactly as
    /// ``TrackingCodeScheme/code(forSerial:)`` does: the zero-padded digits and the check digit by arithmetic,
    /// between the text expressions `prefix` and `suffix` (``affixes``, bound as parameters). It lets
    /// PostgreSQL take a serial and store the shipment in one statement, without a round trip in between
    /// (see `PostgresShipmentStore.issue`).
    func sqlCode(serial: String, prefix: String, suffix: String) -> String {
        func digit(_ position: Int) -> String {
            let power = (0..<position).reduce(Int64(1)) { product, _ in product * 10 }
            return "((\(serial) / \(power)) % 10)"
        }
        switch self {
        case .s10:
            // Weights 8 6 4 2 3 5 9 7 over the eight digits, leftmost first; 11 − sum mod 11, 10 → 0, 11 → 5.
            let weights = [8, 6, 4, 2, 3, 5, 9, 7]
            let sum = weights.enumerated().map { "\($0.element) * \(digit(7 - $0.offset))" }.joined(separator: " + ")
            let check = "(11 - (\(sum)) % 11)"
            return "(\(prefix) || lpad((\(serial))::text, 8, '0') || "
                + "(CASE \(check) WHEN 10 THEN 0 WHEN 11 THEN 5 ELSE \(check) END)::text || \(suffix))"
        case .mod10(_, let width):
            // Weights 3 and 1 alternating from the rightmost digit; (10 − sum mod 10) mod 10.
            let sum = (0..<width).map { "\($0 % 2 == 0 ? 3 : 1) * \(digit($0))" }.joined(separator: " + ")
            return "(\(prefix) || lpad((\(serial))::text, \(width), '0') || ((10 - (\(sum)) % 10) % 10)::text "
                + "|| \(suffix))"
        }
    }
}
