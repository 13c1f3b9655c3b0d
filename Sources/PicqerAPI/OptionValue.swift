/// A value of a configuration option as we announce it to Picqer: a whole number or text.
///
/// Encodes as a bare JSON number or string, as in Picqer's example (`"value": 29`).
public enum OptionValue: Sendable, Equatable, Hashable, Encodable, ExpressibleByIntegerLiteral,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// A whole number, e.g. a sender address id.
    case int(Int)
    /// Text, e.g. a service code.
    case string(String)

    /// Creates an integer value from a literal.
    public init(integerLiteral value: Int) {
        self = .int(value)
    }

    /// Creates a text value from a literal.
    public init(stringLiteral value: String) {
        self = .string(value)
    }

    /// The value as text (`29` → `"29"`), for lenient comparison with what Picqer sends back.
    public var stringValue: String {
        switch self {
        case .int(let number): return String(number)
        case .string(let text): return text
        }
    }

    /// The value as a whole number, when it is one (`.int(29)` and `.string("29")` → `29`).
    public var intValue: Int? {
        switch self {
        case .int(let number): return number
        case .string(let text): return Int(text.trimmingWhitespace())
        }
    }

    /// Same as ``stringValue``.
    public var description: String { stringValue }

    /// Encodes a bare number or string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .int(let number): try container.encode(number)
        case .string(let text): try container.encode(text)
        }
    }
}
