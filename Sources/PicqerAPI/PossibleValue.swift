/// One choice of a list option: `{"value": 29, "label": "DHLForYou"}`.
public struct PossibleValue: Sendable, Equatable, Encodable {
    /// The value Picqer sends back when this choice is made.
    public var value: OptionValue
    /// What Picqer shows to the user.
    public var label: String

    /// Creates a choice.
    public init(value: OptionValue, label: String) {
        self.value = value
        self.label = label
    }
}
