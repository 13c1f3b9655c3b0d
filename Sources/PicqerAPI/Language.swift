/// The language in which Picqer wants us to talk to the customer, and in which we answer the warehouse user.
///
/// Picqer sends `"nl"` or `"en"`; anything else (or nothing) is read as English.
public enum Language: String, Sendable, Equatable, Hashable, CaseIterable {
    /// Dutch.
    case nl
    /// English.
    case en

    /// Reads Picqer's `language` field: `"nl"`/`"NL"`/`"nl-NL"`/`"nl_BE"` give Dutch, anything else English.
    public init(picqerCode: String?) {
        guard let code = picqerCode?.trimmingWhitespace().lowercased() else {
            self = .en
            return
        }
        if code == "nl" || code.hasPrefix("nl-") || code.hasPrefix("nl_") || code == "dutch" || code == "nederlands" {
            self = .nl
        } else {
            self = .en
        }
    }
}
