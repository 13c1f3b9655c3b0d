/// The Code 128 symbology, used for the tracking code on every label.
///
/// The encoder picks code sets A, B and C and the switches between them so that the symbol
/// is as short as possible: a shorter symbol allows a wider module for the same zone, and a
/// wider module scans better on a 203-dpi thermal label. Input is printable ASCII
/// (0x20–0x7E), which is everything a tracking code or a reference can hold.
enum Code128 {
    /// Why a text cannot be encoded as Code 128.
    enum EncodingError: Error, Equatable, CustomStringConvertible {
        /// Nothing to encode.
        case empty
        /// A character outside printable ASCII, at the given character offset.
        case unsupportedCharacter(offset: Int)

        var description: String {
            switch self {
            case .empty:
                "the barcode text is empty"
            case .unsupportedCharacter(let offset):
                "character \(offset + 1) of the barcode text is not printable ASCII"
            }
        }
    }

    /// Symbol value of START A.
    static let startA = 103
    /// Symbol value of START B.
    static let startB = 104
    /// Symbol value of START C.
    static let startC = 105
    /// Symbol value of the STOP character.
    static let stop = 106
    /// SHIFT: the next character is taken from the other of sets A and B.
    static let shift = 98
    /// CODE C: switch to set C (from A or B).
    static let codeC = 99
    /// CODE B: switch to set B (from A or C).
    static let codeB = 100
    /// CODE A: switch to set A (from B or C).
    static let codeA = 101

    /// Modules of one symbol character (3 bars and 3 spaces).
    static let modulesPerCharacter = 11
    /// Modules of the stop pattern, termination bar included.
    static let stopModules = 13

    /// The symbol values of `text`: start character, data and switch characters, check
    /// character and stop, in the shortest encoding.
    ///
    /// - Throws: ``EncodingError`` when `text` is empty or holds a character outside
    ///   printable ASCII.
    static func symbolValues(for text: String) throws -> [Int] {
        let bytes = try printableBytes(of: text)
        var values = Code128Planner(bytes: bytes).shortestEncoding()
        values.append(checkValue(for: values))
        values.append(stop)
        return values
    }

    /// The bar/space pattern of `text`'s symbol, one element per module (`true` = bar),
    /// without quiet zones.
    ///
    /// The count is `11 · n + 35` for `n` characters between start and check character.
    ///
    /// - Throws: ``EncodingError`` when `text` cannot be encoded.
    static func modules(for text: String) throws -> [Bool] {
        modules(forValues: try symbolValues(for: text))
    }

    /// The bar/space pattern of a complete sequence of symbol values (start … stop).
    static func modules(forValues values: [Int]) -> [Bool] {
        var result: [Bool] = []
        result.reserveCapacity(values.count * modulesPerCharacter + 2)
        for value in values {
            var isBar = true
            for width in Code128Patterns.widths[value] {
                result.append(contentsOf: repeatElement(isBar, count: width))
                isBar.toggle()
            }
        }
        return result
    }

    /// The mod-103 check value for `values`, which start with the start character:
    /// the start value plus every following value times its position (1, 2, …), modulo 103.
    static func checkValue(for values: [Int]) -> Int {
        guard let start = values.first else { return 0 }
        var sum = start
        for (position, value) in values.dropFirst().enumerated() {
            sum += value * (position + 1)
        }
        return sum % 103
    }

    private static func printableBytes(of text: String) throws -> [UInt8] {
        guard !text.isEmpty else { throw EncodingError.empty }
        var bytes: [UInt8] = []
        for (offset, character) in text.enumerated() {
            guard let ascii = character.asciiValue, (0x20...0x7E).contains(ascii) else {
                throw EncodingError.unsupportedCharacter(offset: offset)
            }
            bytes.append(ascii)
        }
        return bytes
    }
}
