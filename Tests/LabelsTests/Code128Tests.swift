import Foundation
import LabelVerification
import Testing

@testable import Labels

/// Code 128 symbols checked by hand. Values: START A 103, START B 104, START C 105, STOP 106,
/// CODE C 99, CODE B 100, CODE A 101, SHIFT 98; in set B a character's value is its ASCII code
/// minus 32; in set C a digit pair's value is the pair read as a number. The check value is
/// (start + Σ valueᵢ · i) mod 103 over the characters after the start.
@Suite("Code 128")
struct Code128Tests {
    @Test func evenDigitRunUsesSetC() throws {
        // START C, 12, 34, 56, 78; check 105 + 12 + 34·2 + 56·3 + 78·4 = 665 → 665 − 6·103 = 47.
        #expect(try Code128.symbolValues(for: "12345678") == [105, 12, 34, 56, 78, 47, 106])
        // START C, 12; check 105 + 12 = 117 → 14.
        #expect(try Code128.symbolValues(for: "12") == [105, 12, 14, 106])
        // START C, 00; check 105 → 2.
        #expect(try Code128.symbolValues(for: "00") == [105, 0, 2, 106])
    }

    @Test func oddDigitRunsKeepOneDigitOutsideSetC() throws {
        // Both "START C 12 34 CODE B 5" and "START B 1 CODE C 23 45" take 5 characters; the
        // encoder starts in B. Check 104 + 17 + 99·2 + 23·3 + 45·4 = 568 → 568 − 5·103 = 53.
        #expect(try Code128.symbolValues(for: "12345") == [104, 17, 99, 23, 45, 53, 106])
        // 104 + 17 + 99·2 + 23·3 + 45·4 + 67·5 = 903 → 903 − 8·103 = 79.
        #expect(try Code128.symbolValues(for: "1234567") == [104, 17, 99, 23, 45, 67, 79, 106])
        // Three digits: set C saves nothing, so plain set B: "1" 17, "2" 18, "3" 19.
        // 104 + 17 + 36 + 57 = 214 → 214 − 2·103 = 8.
        #expect(try Code128.symbolValues(for: "123") == [104, 17, 18, 19, 8, 106])
    }

    @Test func mixedDataSwitchesToSetCForTheDigits() throws {
        // H 40, I 41, CODE C, 34, 56, 78. Started in B:
        // 104 + 40 + 41·2 + 99·3 + 34·4 + 56·5 + 78·6 = 1407 → 1407 − 13·103 = 68.
        #expect(try Code128.symbolValues(for: "HI345678") == [104, 40, 41, 99, 34, 56, 78, 68, 106])
        // The same characters started in A sum to 1406 → 67, as in the reference example.
        #expect(Code128.checkValue(for: [103, 40, 41, 99, 34, 56, 78]) == 67)
        // Six digits between letters: A 33, B 34, CODE C, 12, 34, 56, CODE B, C 35, D 36.
        // 104 + 33 + 68 + 297 + 48 + 170 + 336 + 700 + 280 + 324 = 2360 → 2360 − 22·103 = 94.
        #expect(
            try Code128.symbolValues(for: "AB123456CD") == [104, 33, 34, 99, 12, 34, 56, 100, 35, 36, 94, 106])
        // Four digits between letters: switching in and out costs as much as it saves, so B.
        #expect(try Code128.symbolValues(for: "AB1234CD").count == 11)
        #expect(try Code128.symbolValues(for: "AB1234CD").contains(Code128.codeC) == false)
    }

    @Test func checkCharactersOfReferenceExamples() throws {
        // PJJ123C started in A: 878 → 54 (reference); our encoder starts in B: 879 → 55.
        #expect(Code128.checkValue(for: [103, 48, 42, 42, 17, 18, 19, 35]) == 54)
        #expect(try Code128.symbolValues(for: "PJJ123C") == [104, 48, 42, 42, 17, 18, 19, 35, 55, 106])
        // Lower case needs set B: a 65, b 66, c 67 → 104 + 65 + 132 + 201 = 502 → 90.
        #expect(try Code128.symbolValues(for: "abc") == [104, 65, 66, 67, 90, 106])
    }

    @Test func s10TrackingCodeIsElevenCharactersAnd156Modules() throws {
        // R 50, R 50, 1 17, CODE C, 23, 45, 67, 85, CODE B, N 46, L 44 (n = 11).
        // 104 + 50 + 100 + 51 + 396 + 115 + 270 + 469 + 680 + 900 + 460 + 484 = 4079
        // → 4079 − 39·103 = 62.
        let values = try Code128.symbolValues(for: "RR123456785NL")
        #expect(values == [104, 50, 50, 17, 99, 23, 45, 67, 85, 100, 46, 44, 62, 106])
        #expect(try Code128.modules(for: "RR123456785NL").count == 156)
    }

    @Test(arguments: ["A", "12", "RR123456785NL", "3SABCD1234567", "Hello, World!", "00340434161234567896"])
    func moduleCountIsElevenPerCharacterPlus35(text: String) throws {
        let values = try Code128.symbolValues(for: text)
        let modules = try Code128.modules(for: text)
        #expect(modules.count == 11 * (values.count - 3) + 35)
        // A symbol starts with a bar and ends with the termination bar.
        #expect(modules.first == true && modules.last == true && modules.suffix(2) == [true, true])
        #expect(Code128.checkValue(for: Array(values.dropLast(2))) == values[values.count - 2])
    }

    @Test func rejectsEmptyAndNonPrintableText() {
        #expect(throws: Code128.EncodingError.empty) { try Code128.symbolValues(for: "") }
        #expect(throws: Code128.EncodingError.unsupportedCharacter(offset: 2)) {
            try Code128.symbolValues(for: "AB\u{7}C")
        }
        #expect(throws: Code128.EncodingError.unsupportedCharacter(offset: 1)) {
            try Code128.symbolValues(for: "Zë")
        }
        #expect(throws: Code128.EncodingError.unsupportedCharacter(offset: 0)) {
            try Code128.symbolValues(for: "\u{7F}")
        }
    }

    @Test func stopAndStartPatterns() {
        // STOP is 2 3 3 1 1 1 2 = 11000111010 11; START B is 2 1 1 2 1 4 = 11010010000.
        #expect(Self.bits(Code128.modules(forValues: [106])) == "1100011101011")
        #expect(Self.bits(Code128.modules(forValues: [104])) == "11010010000")
        #expect(Self.bits(Code128.modules(forValues: [105])) == "11010011100")
    }

    /// Every encoding decodes back to its text, and no encoding is longer than the shortest
    /// one a breadth-first search over (position, code set) finds.
    @Test func encodingsAreCorrectAndShortest() throws {
        let alphabet: [Character] = ["0", "1", "A", "a", " "]
        var texts: [String] = [""]
        for _ in 1...5 {
            texts = texts.flatMap { prefix in alphabet.map { prefix + String($0) } }
            for text in texts {
                let values = try Code128.symbolValues(for: text)
                #expect(Self.decode(values) == text, "decoding \(values)")
                #expect(values.count - 3 == Self.shortestLength(text), "\(text): \(values)")
            }
        }
    }

    /// The symbols decode with zbar, an independent reader: all printable ASCII in set B and
    /// every digit pair 00–99 in set C, so every pattern used for printable text is read.
    @Test func zbarReadsOurSymbols() throws {
        var printable = String((0x21...0x7E).map { Character(UnicodeScalar($0)) })
        printable.insert(" ", at: printable.index(printable.startIndex, offsetBy: 10))
        let pairs = (0...99).map { $0 < 10 ? "0\($0)" : "\($0)" }.joined()
        let texts = [printable, pairs, "RR123456785NL", "HI345678", "1234567", "Parcel 12345678 x", "a1b22c333d4444"]
        let directory = try ZPLTestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (index, text) in texts.enumerated() {
            let image = directory.appendingPathComponent("symbol\(index).pbm")
            try Self.writePBM(modules: try Code128.modules(for: text), moduleWidth: 2, to: image)
            let output = try ExternalTools.run("zbarimg", ["-q", "--raw", image.path])
            #expect(output.status == 0, "zbarimg found no symbol for \(text)")
            #expect(output.stdout.hasSuffix("\n") && String(output.stdout.dropLast()) == text)
        }
    }

    /// zplkit's own Code 128 (mode N, with our start and switch characters spelled as Zebra
    /// invocation codes) draws exactly our bars and spaces, check character included.
    @Test(arguments: ["RR123456785NL", "HI345678", "12345678", "1234567", "AB123456CD", "3SABCD1234567", "00"])
    func zplkitDrawsTheSameModules(text: String) throws {
        let values = try Code128.symbolValues(for: text)
        let directory = try ZPLTestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let zpl = "^XA^FO10,10^BY1^BCN,20,N,N,N,N^FD\(Self.invocationData(values))^FS^XZ"
        let rendering = try ZPLTestTools.render(
            zpl, to: directory.appendingPathComponent("symbol.png"), dpi: 203, width: 600, height: 40, row: 20)
        let row = try #require(rendering.row)
        let drawn = row.drop { $0 == "0" }.reversed().drop { $0 == "0" }.reversed()
        #expect(String(drawn) == Self.bits(try Code128.modules(for: text)))
    }

    // MARK: - Helpers

    static func bits(_ modules: [Bool]) -> String {
        String(modules.map { $0 ? "1" : "0" })
    }

    /// ZPL `^BC` mode-N data for our values (start and data only; the printer adds check and stop).
    static func invocationData(_ values: [Int]) -> String {
        var data = ""
        var inSetC = false
        for value in values.dropLast(2) {
            switch value {
            case 103: data += ">9"
            case 104: data += ">:"
            case 105:
                data += ">;"
                inSetC = true
            case 99:
                data += ">5"
                inSetC = true
            case 100:
                data += ">6"
                inSetC = false
            case 101:
                data += ">7"
                inSetC = false
            default:
                data += inSetC ? (value < 10 ? "0\(value)" : "\(value)") : String(UnicodeScalar(UInt8(value + 32)))
            }
        }
        return data
    }

    /// Decodes symbol values (start … stop) back to text; `nil` for an invalid sequence.
    static func decode(_ values: [Int]) -> String? {
        guard values.count >= 3, values.last == 106,
            Code128.checkValue(for: Array(values.dropLast(2))) == values[values.count - 2]
        else { return nil }
        var set: Character
        switch values[0] {
        case 103: set = "A"
        case 104: set = "B"
        case 105: set = "C"
        default: return nil
        }
        var text = ""
        var shiftNext = false
        for value in values.dropFirst().dropLast(2) {
            let active: Character = shiftNext ? (set == "A" ? "B" : "A") : set
            shiftNext = false
            switch (active, value) {
            case ("C", 0...99): text += value < 10 ? "0\(value)" : "\(value)"
            case ("A", 0...63), ("B", 0...95): text.unicodeScalars.append(UnicodeScalar(UInt8(value + 32)))
            case ("A", 64...95): text.unicodeScalars.append(UnicodeScalar(UInt8(value - 64)))
            case ("A", 98), ("B", 98): shiftNext = true
            case (_, 99): set = "C"
            case (_, 100): set = "B"
            case (_, 101): set = "A"
            default: return nil
            }
        }
        return text
    }

    /// Breadth-first search for the fewest data, shift and switch characters encoding `text`.
    static func shortestLength(_ text: String) -> Int {
        let bytes = Array(text.utf8)
        struct State: Hashable {
            var position: Int
            var set: Int
        }
        var frontier = Set([State(position: 0, set: 0), State(position: 0, set: 1), State(position: 0, set: 2)])
        var seen = frontier
        var steps = 0
        while !frontier.isEmpty {
            if frontier.contains(where: { $0.position == bytes.count }) { return steps }
            var next = Set<State>()
            for state in frontier {
                var moves: [State] = (0..<3).filter { $0 != state.set }.map { State(position: state.position, set: $0) }
                let p = state.position
                if state.set == 2 {
                    if p + 1 < bytes.count, (48...57).contains(bytes[p]), (48...57).contains(bytes[p + 1]) {
                        moves.append(State(position: p + 2, set: 2))
                    }
                } else if p < bytes.count {
                    let inA = bytes[p] < 96
                    if state.set == 1 || inA { moves.append(State(position: p + 1, set: state.set)) }
                }
                for move in moves where !seen.contains(move) {
                    seen.insert(move)
                    next.insert(move)
                }
            }
            frontier = next
            steps += 1
        }
        return -1
    }

    static func writePBM(modules: [Bool], moduleWidth: Int, to url: URL) throws {
        let quiet = Array(repeating: "0", count: 10 * moduleWidth)
        let bars = modules.flatMap { Array(repeating: $0 ? "1" : "0", count: moduleWidth) }
        let row = (quiet + bars + quiet).joined(separator: " ")
        let height = 60
        let text =
            "P1\n\(quiet.count * 2 + bars.count) \(height)\n"
            + Array(repeating: row, count: height).joined(separator: "\n")
            + "\n"
        try Data(text.utf8).write(to: url)
    }
}
