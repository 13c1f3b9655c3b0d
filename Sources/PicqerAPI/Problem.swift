/// One thing wrong with a request, told to the warehouse user in Picqer in English and Dutch.
///
/// ``field`` is the JSON path of the offending value (`shipment.recipient.zipcode`,
/// `shipment.customs_data.products[2].hs_code`, `profile.sender_address`); the messages name the
/// field as a Picqer user knows it and say what to do.
public struct Problem: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// JSON path of the field the problem is about, e.g. `shipment.recipient.zipcode`.
    public let field: String
    /// The message in English.
    public let english: String
    /// The message in Dutch.
    public let dutch: String

    /// Creates a problem about `field` with a message in both languages.
    public init(field: String, english: String, dutch: String) {
        self.field = field
        self.english = english
        self.dutch = dutch
    }

    /// The message in `language`.
    public func message(in language: Language) -> String {
        switch language {
        case .nl: return dutch
        case .en: return english
        }
    }

    /// `field: english message`, for test output and debugging.
    public var description: String { "\(field): \(english)" }
}

extension [Problem] {
    /// The messages of all problems in `language`, in order, for ``ErrorResponse``.
    public func messages(in language: Language) -> [String] {
        map { $0.message(in: language) }
    }
}
