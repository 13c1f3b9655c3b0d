/// Reads values out of a JSON tree the lenient way, collecting a ``Problem`` for every value whose type is
/// impossible instead of throwing.
///
/// Rules, the same for every field (Picqer is written in PHP, and its JSON drifts):
/// - a missing key, `null`, `false` and an empty list `[]` all mean "no value";
/// - text where a number is expected is read as a number (`"1200"`, `"12,50"`); a number where text is
///   expected is written as text (`1012` → `"1012"`);
/// - an empty object or `[]` where an object is expected means "no value";
/// - anything else of the wrong type (an object for a weight, text for the recipient) is a problem for that
///   field, and the field is read as "no value".
struct LenientReader {
    /// The problems found so far, in reading order.
    private(set) var problems: [Problem] = []

    /// Records a problem found by the caller.
    mutating func record(_ problem: Problem) {
        problems.append(problem)
    }

    /// Whether the value stands for "nothing": absent, `null`, `false` or `[]`.
    static func isNothing(_ value: JSONValue?) -> Bool {
        switch value {
        case .none, .null?, .bool(false)?: return true
        case .array(let items)?: return items.isEmpty
        default: return false
        }
    }

    /// Reads an object; `{}` is returned as an empty dictionary.
    mutating func object(_ value: JSONValue?, at path: String, name: FieldName) -> [String: JSONValue]? {
        if Self.isNothing(value) { return nil }
        if case .object(let members)? = value { return members }
        if let value { record(name.wrongType(at: path, got: value, expected: .object)) }
        return nil
    }

    /// Reads text; numbers are written as text, empty or blank text is kept as it is.
    mutating func string(_ value: JSONValue?, at path: String, name: FieldName) -> String? {
        if Self.isNothing(value) { return nil }
        switch value {
        case .string(let text)?: return text
        case .number(let number)?: return NumberText.format(number)
        case let other?:
            record(name.wrongType(at: path, got: other, expected: .text))
            return nil
        case nil: return nil
        }
    }

    /// Reads a number; text is parsed as a decimal number, empty text means "no value".
    mutating func number(_ value: JSONValue?, at path: String, name: FieldName) -> Double? {
        if Self.isNothing(value) { return nil }
        switch value {
        case .number(let number)?: return number
        case .string(let text)?:
            if text.trimmingWhitespace().isEmpty { return nil }
            if let number = NumberText.parse(text) { return number }
            record(name.notANumber(at: path, text: text))
            return nil
        case let other?:
            record(name.wrongType(at: path, got: other, expected: .number))
            return nil
        case nil: return nil
        }
    }

    /// Reads a whole number; `2.0` and `"2"` are fine, `2.5` is a problem.
    mutating func integer(_ value: JSONValue?, at path: String, name: FieldName) -> Int? {
        guard let number = number(value, at: path, name: name) else { return nil }
        guard number == number.rounded(), abs(number) < 1e15 else {
            record(name.notWhole(at: path, value: number))
            return nil
        }
        return Int(number)
    }

    /// Reads a list; an object whose keys are list positions (`{"0": …, "1": …}`, as PHP writes sparse
    /// arrays) is read as a list in the order of its keys.
    mutating func list(_ value: JSONValue?, at path: String, name: FieldName) -> [JSONValue]? {
        if case .array(let items)? = value { return items }
        if Self.isNothing(value) { return nil }
        if case .object(let members)? = value {
            let keyed = members.map { (key: Int($0.key), value: $0.value) }
            if keyed.allSatisfy({ $0.key != nil }) {
                return keyed.sorted { $0.key! < $1.key! }.map(\.value)
            }
        }
        if let value { record(name.wrongType(at: path, got: value, expected: .list)) }
        return nil
    }
}
