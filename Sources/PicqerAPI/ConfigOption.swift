/// One option of a shipping profile, as offered to Picqer by `GET …/config-options` and checked again when a
/// shipment arrives (see ``resolveProfile(_:options:)``). One model serves both, so they cannot disagree.
public struct ConfigOption: Sendable, Equatable {
    /// What kind of input Picqer shows for the option.
    public enum Kind: Sendable, Equatable {
        /// A list to choose from (`"type": "list"`).
        case list([PossibleValue])
        /// Free text (`"type": "text"`); `maxLength` is checked when a shipment arrives, it is not sent to Picqer.
        case text(maxLength: Int?)
    }

    /// The key Picqer sends back with every shipment, e.g. `sender_address`.
    public var key: String
    /// What Picqer shows to the user, e.g. "Sender address".
    public var label: String
    /// Optional extra explanation shown by Picqer (`null` when absent).
    public var description: String?
    /// List or free text.
    public var kind: Kind
    /// The value used when the user chose nothing (`null` when absent).
    public var defaultValue: OptionValue?
    /// Whether a value must be chosen.
    public var required: Bool
    /// The label in Dutch, used only in our Dutch error messages; ``label`` when `nil`.
    public var dutchLabel: String?

    /// Creates an option.
    public init(
        key: String, label: String, description: String? = nil, kind: Kind, defaultValue: OptionValue? = nil,
        required: Bool = false, dutchLabel: String? = nil
    ) {
        self.key = key
        self.label = label
        self.description = description
        self.kind = kind
        self.defaultValue = defaultValue
        self.required = required
        self.dutchLabel = dutchLabel
    }
}
