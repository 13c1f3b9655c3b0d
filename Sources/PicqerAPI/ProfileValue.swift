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
