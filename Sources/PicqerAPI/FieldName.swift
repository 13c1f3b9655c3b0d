/// How a field is called in Picqer, in English and Dutch, and what the user should do about it.
///
/// Messages are built as "`english` is missing: `todoEnglish`." / "`dutch` ontbreekt: `todoDutch`.".
struct FieldName: Sendable {
    /// Name as a Picqer user knows it, starting with a capital ("Recipient zipcode").
    let english: String
    /// Dutch name, starting with a capital ("Postcode ontvanger").
    let dutch: String
    /// What to do, lower case, no full stop ("fill in the postcode of the delivery address").
    let todoEnglish: String
    /// Wat te doen, kleine letters, zonder punt ("vul de postcode van het afleveradres in").
    let todoDutch: String

    init(_ english: String, _ dutch: String, todo todoEnglish: String, _ todoDutch: String) {
        self.english = english
        self.dutch = dutch
        self.todoEnglish = todoEnglish
        self.todoDutch = todoDutch
    }

    /// The problem "this field is missing".
    func missing(at path: String) -> Problem {
        Problem(
            field: path, english: "\(english) is missing: \(todoEnglish).", dutch: "\(dutch) ontbreekt: \(todoDutch).")
    }

    /// The problem "this field has a value of the wrong JSON type".
    func wrongType(at path: String, got value: JSONValue, expected: ExpectedType) -> Problem {
        Problem(
            field: path,
            english:
                "\(english) has the wrong type (\(value.englishTypeName) instead of \(expected.english)): \(todoEnglish).",
            dutch:
                "\(dutch) heeft het verkeerde type (\(value.dutchTypeName) in plaats van \(expected.dutch)): \(todoDutch)."
        )
    }

    /// The problem "this text is not a number".
    func notANumber(at path: String, text: String) -> Problem {
        let shown = Quoted(text)
        return Problem(
            field: path, english: "\(english) \(shown) is not a number: \(todoEnglish).",
            dutch: "\(dutch) \(shown) is geen getal: \(todoDutch).")
    }

    /// The problem "this number is not whole".
    func notWhole(at path: String, value: Double) -> Problem {
        Problem(
            field: path, english: "\(english) \(NumberText.format(value)) is not a whole number: \(todoEnglish).",
            dutch: "\(dutch) \(NumberText.formatDutch(value)) is geen geheel getal: \(todoDutch).")
    }

    /// A problem with a specific reason, e.g. "must be more than 0".
    func invalid(at path: String, english reasonEnglish: String, dutch reasonDutch: String) -> Problem {
        Problem(
            field: path, english: "\(english) \(reasonEnglish): \(todoEnglish).",
            dutch: "\(dutch) \(reasonDutch): \(todoDutch).")
    }
}
