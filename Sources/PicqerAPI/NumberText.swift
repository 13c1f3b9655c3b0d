import Foundation

/// Reading and writing numbers the way Picqer's users and PHP send them.
enum NumberText {
    /// Writes a number without a trailing `.0` when it is whole: `29.0` → `"29"`, `29.5` → `"29.5"`.
    static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return String(value)
    }

    /// Writes a number the Dutch way, with a decimal comma: `0.5` → `"0,5"`.
    static func formatDutch(_ value: Double) -> String {
        format(value).replacingOccurrences(of: ".", with: ",")
    }

    /// Reads a decimal number written as text: `"1200"`, `" 12.50 "`, `"12,50"`, `"-3"`, `"+4"`, `".5"`.
    ///
    /// Returns `nil` for anything else, including hexadecimal, exponents, `nan` and `inf`, which Swift's
    /// `Double(_:)` would accept.
    static func parse(_ text: String) -> Double? {
        var body = Substring(text.trimmingWhitespace())
        var sign = 1.0
        if let first = body.first, first == "+" || first == "-" {
            if first == "-" { sign = -1 }
            body = body.dropFirst()
        }
        var sawDigit = false
        var separators = 0
        for character in body {
            if character.isASCII, character.isNumber {
                sawDigit = true
            } else if character == "." || character == "," {
                separators += 1
            } else {
                return nil
            }
        }
        guard sawDigit, separators <= 1 else { return nil }
        guard let value = Double(body.replacingOccurrences(of: ",", with: ".")), value.isFinite else { return nil }
        return sign * value
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space and newlines.
    func trimmingWhitespace() -> String {
        // Fast path: nothing to trim when both ends are printable ASCII.
        let whole = String(self)
        if let first = whole.utf8.first, let last = whole.utf8.last, (0x21...0x7E).contains(first),
            (0x21...0x7E).contains(last)
        {
            return whole
        }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[start...end]))
    }
}
