/// The JSON type a field should have had, named for messages.
enum ExpectedType: Sendable {
    case text, number, wholeNumber, object, list

    var english: String {
        switch self {
        case .text: return "text"
        case .number: return "a number"
        case .wholeNumber: return "a whole number"
        case .object: return "an object"
        case .list: return "a list"
        }
    }

    var dutch: String {
        switch self {
        case .text: return "tekst"
        case .number: return "een getal"
        case .wholeNumber: return "een geheel getal"
        case .object: return "een object"
        case .list: return "een lijst"
        }
    }
}
