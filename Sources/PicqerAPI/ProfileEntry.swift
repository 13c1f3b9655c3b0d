/// One option of the shipping profile the user chose in Picqer, as sent with every shipment:
/// `{"key": "sender_address", "value": 92828}`.
public struct ProfileEntry: Sendable, Equatable, Hashable {
    /// The option's key, as announced in the config-options answer.
    public var key: String
    /// The chosen value; `nil` when Picqer sent `null` (or nothing).
    public var value: ProfileValue?

    /// Creates a profile entry.
    public init(key: String, value: ProfileValue?) {
        self.key = key
        self.value = value
    }
}

/// A value of a profile option: Picqer sends what we announced, but numbers may come back as text and the
/// reverse, so compare through ``stringValue``.
public enum ProfileValue: Sendable, Equatable, Hashable {
    /// A text value.
    case string(String)
    /// A number.
    case number(Double)
    /// `true` or `false`.
    case bool(Bool)

    /// The value as text: numbers without a trailing `.0` (`29.0` → `"29"`), text trimmed,
    /// booleans as `"true"`/`"false"`.
    public var stringValue: String {
        switch self {
        case .string(let text): return text.trimmingWhitespace()
        case .number(let number): return NumberText.format(number)
        case .bool(let flag): return flag ? "true" : "false"
        }
    }
}
