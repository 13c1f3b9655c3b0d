import Shipping

extension TrackingCodeScheme {
    /// What PostgreSQL needs to make the scheme's codes with ``sqlCode(serial:rule:)``, all bound as parameters
    /// (never spliced into SQL): the texts before and after the digits, the weights of the serial's digits
    /// (leftmost first; their count is the number of digits) and the check digit for each remainder of the
    /// weighted sum (the remainder is taken modulo the count of `checkDigits`).
    struct SQLCodeRule: Sendable {
        var prefix: String
        var suffix: String
        var weights: [Int]
        var checkDigits: [Int]
    }

    /// The scheme as a ``SQLCodeRule``, giving exactly the codes of ``TrackingCodeScheme/code(forSerial:)``.
    var sqlRule: SQLCodeRule {
        switch self {
        case .s10(let prefix, let country):
            // Weights 8 6 4 2 3 5 9 7; 11 − sum mod 11, where 10 becomes 0 and 11 becomes 5.
            let checks = (0..<11).map { remainder in
                switch 11 - remainder {
                case 10: 0
                case 11: 5
                case let check: check
                }
            }
            return SQLCodeRule(prefix: prefix, suffix: country, weights: [8, 6, 4, 2, 3, 5, 9, 7], checkDigits: checks)
        case .mod10(let prefix, let width):
            // Weights 3 and 1 alternating from the rightmost digit; (10 − sum mod 10) mod 10.
            let weights = (0..<width).map { (width - 1 - $0) % 2 == 0 ? 3 : 1 }
            return SQLCodeRule(
                prefix: prefix, suffix: "", weights: weights, checkDigits: (0..<10).map { (10 - $0) % 10 })
        }
    }

    /// A SQL expression that makes the tracking code of the serial in the bigint expression `serial` from the
    /// columns of a ``SQLCodeRule`` named `rule` (`rule.prefix`, `rule.suffix`, `rule.weights`,
    /// `rule.check_digits`): the zero-padded digits and the check digit, between prefix and suffix. The same
    /// text serves every scheme, so the statement that uses it can be prepared once (see `IssueStatement`).
    static func sqlCode(serial: String, rule: String) -> String {
        let digits = "lpad((\(serial))::text, cardinality(\(rule).weights), '0')"
        let check = """
            (SELECT \(rule).check_digits[(sum(weight * substr(\(digits), position::int, 1)::int)
                % cardinality(\(rule).check_digits))::int + 1]
             FROM unnest(\(rule).weights) WITH ORDINALITY AS weighted(weight, position))
            """
        return "(\(rule).prefix || \(digits) || \(check)::text || \(rule).suffix)"
    }
}
