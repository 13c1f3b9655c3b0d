/// The shipping profile of a shipment after checking it against the account's options: one value per option
/// that has a value (chosen or default), in the canonical form we announced (`"29"` sent back for `29`
/// becomes `.int(29)`).
public struct ResolvedProfile: Sendable, Equatable {
    /// The values by option key. Options without a value (none chosen, no default) are absent.
    public var values: [String: OptionValue]

    /// Creates a resolved profile.
    public init(values: [String: OptionValue] = [:]) {
        self.values = values
    }

    /// The value of the option `key`, if it has one.
    public subscript(key: String) -> OptionValue? {
        values[key]
    }

    /// The value of the option `key` as text, if it has one.
    public func string(_ key: String) -> String? {
        values[key]?.stringValue
    }

    /// The value of the option `key` as a whole number, if it has one that is.
    public func int(_ key: String) -> Int? {
        values[key]?.intValue
    }
}

/// Checks the profile Picqer sent with a shipment against the options of the account, collecting every
/// problem (field `profile.<key>`).
///
/// - A missing, `null` or blank value takes the option's default.
/// - A list value must be one of the option's possible values, compared as text (`"29"` matches `29`; `true`
///   matches `1` and `false` matches `0`); the possible value itself is returned.
/// - A text value longer than the option's `maxLength` is a problem.
/// - A required option without a value (and without default) is a problem.
/// - Keys that match no option are ignored.
public func resolveProfile(_ entries: [ProfileEntry], options: [ConfigOption]) -> (
    profile: ResolvedProfile, problems: [Problem]
) {
    var chosen: [String: ProfileValue] = [:]
    for entry in entries where chosen[entry.key] == nil {
        if let value = entry.value, !value.stringValue.isEmpty {
            chosen[entry.key] = value
        }
    }
    var resolved = ResolvedProfile()
    var problems: [Problem] = []
    for option in options {
        let field = "profile.\(option.key)"
        let dutchLabel = option.dutchLabel ?? option.label
        var value = option.defaultValue
        if let sent = chosen[option.key] {
            switch option.kind {
            case .list(let choices):
                if let match = choices.first(where: { matches(sent, $0.value) }) {
                    value = match.value
                } else {
                    problems.append(notAChoice(sent, option: option, choices: choices, field: field))
                    continue
                }
            case .text(let maxLength):
                let text = sent.stringValue
                if let maxLength, text.count > maxLength {
                    problems.append(
                        Problem(
                            field: field,
                            english:
                                "\(option.label) is too long (\(text.count) characters): shorten it to at most \(maxLength) characters in the shipping profile.",
                            dutch:
                                "\(dutchLabel) is te lang (\(text.count) tekens): maak het in het verzendprofiel korter, tot hoogstens \(maxLength) tekens."
                        ))
                    continue
                }
                value = .string(text)
            }
        }
        if let value {
            resolved.values[option.key] = value
        } else if option.required {
            switch option.kind {
            case .list:
                problems.append(
                    Problem(
                        field: field, english: "\(option.label) is not set: choose one in the shipping profile.",
                        dutch: "\(dutchLabel) is niet ingesteld: kies er één in het verzendprofiel."))
            case .text:
                problems.append(
                    Problem(
                        field: field, english: "\(option.label) is empty: fill it in in the shipping profile.",
                        dutch: "\(dutchLabel) is leeg: vul het in het verzendprofiel in."))
            }
        }
    }
    return (resolved, problems)
}

/// Whether a value sent by Picqer stands for a possible value we announced.
private func matches(_ sent: ProfileValue, _ possible: OptionValue) -> Bool {
    let wanted = possible.stringValue.trimmingWhitespace()
    if sent.stringValue == wanted { return true }
    switch sent {
    case .bool(let flag): return wanted == (flag ? "1" : "0")
    case .number(let number): return Double(wanted).map { $0 == number } ?? false
    case .string(let text):
        return NumberText.parse(text).flatMap { number in Double(wanted).map { $0 == number } } ?? false
    }
}

/// The problem "this value is not one of the choices", naming the choices when there are few.
private func notAChoice(_ sent: ProfileValue, option: ConfigOption, choices: [PossibleValue], field: String)
    -> Problem
{
    let shown = Quoted(sent.stringValue)
    let dutchLabel = option.dutchLabel ?? option.label
    let labels = choices.map { "\($0.label)" }
    let english: String
    let dutch: String
    if labels.isEmpty {
        english =
            "\(option.label) \(shown) is not available for this account: this account has no choices for it yet, ask your carrier to set them up."
        dutch =
            "\(dutchLabel) \(shown) is niet beschikbaar voor dit account: er zijn nog geen keuzes voor ingesteld, vraag de vervoerder om ze in te stellen."
    } else if labels.count <= 5 {
        english =
            "\(option.label) \(shown) is not available for this account: choose \(listed(labels, or: "or")) in the shipping profile."
        dutch =
            "\(dutchLabel) \(shown) is niet beschikbaar voor dit account: kies \(listed(labels, or: "of")) in het verzendprofiel."
    } else {
        english =
            "\(option.label) \(shown) is not available for this account: choose another one in the shipping profile."
        dutch = "\(dutchLabel) \(shown) is niet beschikbaar voor dit account: kies een andere in het verzendprofiel."
    }
    return Problem(field: field, english: english, dutch: dutch)
}

/// "A", "A or B", "A, B or C" (with `or` in the message's language).
private func listed(_ items: [String], or word: String) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(word) " + items[items.count - 1]
}
