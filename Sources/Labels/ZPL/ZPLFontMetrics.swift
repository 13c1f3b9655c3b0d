import Foundation

/// Estimated widths of Zebra's scalable font 0 (CG Triumvirate Bold Condensed), so that every
/// line of a thermal label can be shrunk or shortened to fit its zone before it is printed.
///
/// The printer lays the text out itself; ZPL cannot ask how wide a line will be. The advances
/// below were measured on font 0 at `^A0N,32,32` (a strike captured from a ZD621) and scale
/// linearly with the height when the width equals the height, as in every `^A0N,h,h` this
/// renderer writes. A small safety margin covers rounding at other sizes.
enum ZPLFontMetrics {
    /// Advance widths at a 32-dot font, for ASCII 0x20 (space) … 0x7E (`~`).
    private static let advances: [Int] = [
        9, 9, 15, 15, 15, 29, 20, 9, 9, 9, 15, 29, 9, 29, 9, 9,  // ' !"#$%&'()*+,-./'
        15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 9, 9, 32, 29, 32, 14,  // '0123456789:;<=>?'
        29, 18, 18, 17, 19, 16, 16, 19, 20, 9, 14, 18, 15, 24, 20, 18,  // '@ABCDEFGHIJKLMNO'
        18, 18, 19, 17, 16, 20, 17, 26, 18, 18, 16, 9, 15, 9, 16, 16,  // 'PQRSTUVWXYZ[\]^_'
        9, 15, 16, 14, 16, 15, 9, 16, 16, 8, 8, 14, 8, 24, 16, 15,  // '`abcdefghijklmno'
        16, 16, 11, 14, 9, 16, 14, 21, 14, 14, 12, 16, 16, 16, 32,  // 'pqrstuvwxyz{|}~'
    ]
    private static let referenceHeight = 32
    /// Width assumed for a character with no ASCII base letter (as wide as `W`).
    private static let wideAdvance = 26
    /// What a shortened line ends with.
    static let ellipsis = "..."

    /// The estimated width in dots of `text` printed with `^A0N,height,height`.
    static func width(of text: String, height: Int) -> Int {
        var units = 0
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 <= 0x7E }) {
            // Plain ASCII (most label text): one table look-up per byte.
            for byte in text.utf8 { units += advances[Int(byte) - 0x20] }
        } else {
            for character in text { units += advance(of: character) }
        }
        // 4 % safety margin, rounded up.
        return (units * height * 104 + referenceHeight * 100 - 1) / (referenceHeight * 100)
    }

    /// The largest font height from `preferred` down to `minimum` at which `text` fits
    /// `maxWidth`, and the text itself, shortened with an ellipsis when even `minimum` is too
    /// wide.
    static func fit(_ text: String, maxWidth: Int, preferred: Int, minimum: Int) -> (text: String, height: Int) {
        var height = preferred
        while height > minimum, width(of: text, height: height) > maxWidth {
            height -= 1
        }
        return (truncated(text, maxWidth: maxWidth, height: height), height)
    }

    /// `text` shortened (with an ellipsis) so that it fits `maxWidth` at `height`.
    static func truncated(_ text: String, maxWidth: Int, height: Int) -> String {
        guard width(of: text, height: height) > maxWidth else { return text }
        var kept = Substring(text)
        while !kept.isEmpty {
            kept = kept.dropLast()
            let candidate = String(kept.trimmingTrailingSpaces()) + ellipsis
            if width(of: candidate, height: height) <= maxWidth { return candidate }
        }
        return ""
    }

    /// The largest font height from `preferred` down to `minimum` at which `text` wraps into
    /// at most `maxLines` lines of `maxWidth`, and those lines; at `minimum` the last line is
    /// shortened with an ellipsis when the text is still too long.
    static func wrappedFit(
        _ text: String, maxWidth: Int, preferred: Int, minimum: Int, maxLines: Int
    ) -> (lines: [String], height: Int) {
        let whole = text.split(separator: " ").joined(separator: " ")
        var height = preferred
        while true {
            let lines = wrapped(text, maxWidth: maxWidth, height: height, maxLines: maxLines)
            if height <= minimum || lines.joined(separator: " ") == whole {
                return (lines, height)
            }
            height -= 1
        }
    }

    /// `text` broken into at most `maxLines` lines at spaces, each fitting `maxWidth` at
    /// `height`; the last line is shortened with an ellipsis when text remains.
    static func wrapped(_ text: String, maxWidth: Int, height: Int, maxLines: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var words = text.split(separator: " ").map(String.init)[...]
        while let word = words.first, lines.count < maxLines {
            let candidate = current.isEmpty ? word : current + " " + word
            if width(of: candidate, height: height) <= maxWidth {
                current = candidate
                words = words.dropFirst()
            } else if current.isEmpty {
                // A single word wider than the line: cut it.
                lines.append(truncated(word, maxWidth: maxWidth, height: height))
                words = words.dropFirst()
            } else {
                lines.append(current)
                current = ""
            }
        }
        if !current.isEmpty, lines.count < maxLines {
            lines.append(current)
        }
        if !words.isEmpty, let last = lines.popLast() {
            let rest = ([last] + words).joined(separator: " ")
            lines.append(truncated(rest, maxWidth: maxWidth, height: height))
        }
        return lines
    }

    private static func advance(of character: Character) -> Int {
        // An accented letter is about as wide as its base letter.
        guard let base = character.unicodeScalars.first else { return 0 }
        if base.value >= 0x20, base.value <= 0x7E {
            return advances[Int(base.value) - 0x20]
        }
        if let folded = String(character).decomposedBase, let value = folded.asciiValue,
            value >= 0x20, value <= 0x7E
        {
            return advances[Int(value) - 0x20]
        }
        return wideAdvance
    }
}

extension Substring {
    fileprivate func trimmingTrailingSpaces() -> Substring {
        var result = self
        while result.last == " " { result = result.dropLast() }
        return result
    }
}

extension String {
    /// The first scalar of the canonical decomposition (`é` → `e`), as a character.
    fileprivate var decomposedBase: Character? {
        decomposedStringWithCanonicalMapping.unicodeScalars.first.map { Character($0) }
    }
}
