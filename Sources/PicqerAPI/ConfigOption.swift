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

/// The answer to `GET …/config-options`, exactly in Picqer's shape:
/// `{"version":"1.0","data":{"items":[{"key","label","description","type","possible_values","default_value","required"}]}}`.
///
/// `description` and `default_value` are written as `null` when absent; `possible_values` only for lists.
public struct ConfigOptionsResponse: Encodable, Sendable, Equatable {
    /// The options, in the order Picqer should show them.
    public var options: [ConfigOption]

    /// Creates the answer for these options.
    public init(options: [ConfigOption]) {
        self.options = options
    }

    private enum CodingKeys: String, CodingKey {
        case version, data
    }

    private enum DataKeys: String, CodingKey {
        case items
    }

    private struct Item: Encodable {
        let option: ConfigOption

        enum Keys: String, CodingKey {
            case key, label, description, type
            case possibleValues = "possible_values"
            case defaultValue = "default_value"
            case required
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(option.key, forKey: .key)
            try container.encode(option.label, forKey: .label)
            if let description = option.description {
                try container.encode(description, forKey: .description)
            } else {
                try container.encodeNil(forKey: .description)
            }
            switch option.kind {
            case .list(let values):
                try container.encode("list", forKey: .type)
                try container.encode(values, forKey: .possibleValues)
            case .text:
                try container.encode("text", forKey: .type)
            }
            if let value = option.defaultValue {
                try container.encode(value, forKey: .defaultValue)
            } else {
                try container.encodeNil(forKey: .defaultValue)
            }
            try container.encode(option.required, forKey: .required)
        }
    }

    /// Encodes Picqer's shape.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("1.0", forKey: .version)
        var data = container.nestedContainer(keyedBy: DataKeys.self, forKey: .data)
        try data.encode(options.map(Item.init(option:)), forKey: .items)
    }
}
