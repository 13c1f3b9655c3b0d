/// How the carrier's tracking codes are built from a durable serial number.
public enum TrackingCodeScheme: Sendable, Equatable {
    /// UPU S10: two-letter service indicator, 8-digit serial, mod-11 check digit, ISO country,
    /// e.g. `CC123456785NL`.
    case s10(prefix: String, country: String)
    /// Carrier-own: a prefix of letters/digits, a zero-padded serial of `digits` digits and a
    /// GS1 mod-10 check digit, e.g. `PC0000000017`.
    case mod10(prefix: String, digits: Int)

    /// The largest serial number the scheme can express.
    public var maximumSerial: Int64 {
        switch self {
        case .s10: return 99_999_999
        case .mod10(_, let digits):
            var value: Int64 = 1
            for _ in 0..<min(digits, 18) { value *= 10 }
            return value - 1
        }
    }

    /// A stable name for the serial counter in the database; changing the prefix starts a new counter.
    public var counterName: String {
        switch self {
        case .s10(let prefix, let country): return "s10:\(prefix):\(country)"
        case .mod10(let prefix, let digits): return "mod10:\(prefix):\(digits)"
        }
    }

    /// The tracking code for `serial` (1 ≤ serial ≤ ``maximumSerial``).
    public func code(forSerial serial: Int64) -> String {
        switch self {
        case .s10(let prefix, let country):
            let digits = Self.zeroPadded(serial, width: 8)
            return prefix + digits + String(Self.s10CheckDigit(digits)) + country
        case .mod10(let prefix, let width):
            let digits = Self.zeroPadded(serial, width: width)
            return prefix + digits + String(Self.mod10CheckDigit(digits))
        }
    }

    /// UPU S10 check digit of eight serial digits: weights 8 6 4 2 3 5 9 7, 11 − (sum mod 11),
    /// where 10 becomes 0 and 11 becomes 5.
    public static func s10CheckDigit(_ serial: String) -> Int {
        let weights = [8, 6, 4, 2, 3, 5, 9, 7]
        let sum = zip(serial.compactMap(\.wholeNumberValue), weights).reduce(0) { $0 + $1.0 * $1.1 }
        let check = 11 - sum % 11
        switch check {
        case 10: return 0
        case 11: return 5
        default: return check
        }
    }

    /// GS1 mod-10 check digit: weights 3 and 1 alternating from the rightmost digit.
    public static func mod10CheckDigit(_ digits: String) -> Int {
        var sum = 0
        for (index, digit) in digits.compactMap(\.wholeNumberValue).reversed().enumerated() {
            sum += digit * (index % 2 == 0 ? 3 : 1)
        }
        return (10 - sum % 10) % 10
    }

    private static func zeroPadded(_ value: Int64, width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
