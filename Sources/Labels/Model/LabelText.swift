import Foundation

/// The printed forms of label values (weight, parcel count, joined address parts).
enum LabelText {
    /// Weight in kilograms with two decimals, e.g. "2.35 kg" (English) or "2,35 kg" (Dutch).
    static func weight(grams: Int, decimalSeparator: Character) -> String {
        let hundredths = (max(0, grams) + 5) / 10
        let fraction = hundredths % 100
        return "\(hundredths / 100)\(decimalSeparator)\(fraction < 10 ? "0" : "")\(fraction) kg"
    }

    /// "n/m" parcel count.
    static func parcelCount(number: Int, of count: Int) -> String {
        "\(number)/\(count)"
    }

    /// `byte` as two upper-case hexadecimal digits (for `%XX` and ZPL's `_XX` escapes).
    static func hex(_ byte: UInt8) -> String {
        Hex.string(CollectionOfOne(byte), uppercase: true)
    }

    /// Non-empty parts joined with `separator`.
    static func join(_ parts: [String?], separator: String = ", ") -> String {
        parts.compactMap { part in
            guard let part else { return nil }
            let clean = printable(part)
            return clean.isEmpty ? nil : clean
        }.joined(separator: separator)
    }

    /// The string as one printable line: NFC-normalised, control characters and line
    /// breaks replaced by spaces, runs of white space collapsed, ends trimmed. Every text of a
    /// label goes through it once, in ``LabelModel``.
    static func printable(_ string: String) -> String {
        // Fast path: plain ASCII with single inner spaces needs no change (most label text).
        var previous: UInt8 = 0x20
        var unchanged = true
        for byte in string.utf8 {
            guard (0x20...0x7E).contains(byte), !(byte == 0x20 && previous == 0x20) else {
                unchanged = false
                break
            }
            previous = byte
        }
        if unchanged, previous != 0x20 { return string }

        var scalars = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in string.precomposedStringWithCanonicalMapping.unicodeScalars {
            let isSpace = scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
            if isSpace {
                if !lastWasSpace { scalars.append(" ") }
            } else {
                scalars.append(scalar)
            }
            lastWasSpace = isSpace
        }
        var result = String(scalars)
        while result.last == " " { result.removeLast() }
        return result
    }
}
