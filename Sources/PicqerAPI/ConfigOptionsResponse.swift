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

    struct Item: Encodable {
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
