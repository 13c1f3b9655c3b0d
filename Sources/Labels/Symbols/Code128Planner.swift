/// Chooses the code sets of a Code 128 symbol so that it has as few characters as possible.
///
/// A dynamic programme over (position in the text, current code set): `cost[i][s]` is the
/// least number of symbol characters that encode the text from position `i` on while set `s`
/// is active. Moves are: one character in the active set A or B, a SHIFT plus one character
/// of the other of A and B, a digit pair in set C, and a CODE A/B/C switch. Every set can
/// switch directly to every other, so two switches in a row never pay off and one relaxation
/// per position is enough.
///
/// Among encodings of equal length the planner prefers to stay in the active set, then a
/// SHIFT, then a switch; and it starts in B, then C, then A. An odd run of digits inside
/// B text therefore keeps its first digit in B and packs the rest into C.
struct Code128Planner {
    /// A Code 128 code set.
    enum CodeSet: Int, CaseIterable {
        case a = 0
        case b = 1
        case c = 2
    }

    private let bytes: [UInt8]
    /// Total cost from (position, set), switches included.
    private var cost: [[Int]]
    /// Cost from (position, set) when the first move is not a switch.
    private var direct: [[Int]]

    private static let unreachable = Int.max / 4
    /// Tie-break order for starts and switches.
    private static let preference: [CodeSet] = [.b, .c, .a]

    /// Plans the encoding of printable ASCII `bytes` (validated by the caller).
    init(bytes: [UInt8]) {
        self.bytes = bytes
        let count = bytes.count
        cost = Array(repeating: Array(repeating: Self.unreachable, count: 3), count: count + 1)
        direct = cost
        cost[count] = [0, 0, 0]
        direct[count] = [0, 0, 0]
        guard count > 0 else { return }
        for position in stride(from: count - 1, through: 0, by: -1) {
            for set in CodeSet.allCases {
                direct[position][set.rawValue] = directCost(at: position, in: set)
            }
            for set in CodeSet.allCases {
                var best = direct[position][set.rawValue]
                for other in CodeSet.allCases where other != set {
                    best = min(best, 1 + direct[position][other.rawValue])
                }
                cost[position][set.rawValue] = best
            }
        }
    }

    /// The start character followed by the data, shift and switch values of the shortest
    /// encoding (check character and stop not included).
    func shortestEncoding() -> [Int] {
        var set = Self.preference.min { cost[0][$0.rawValue] < cost[0][$1.rawValue] } ?? .b
        var values = [Self.startValue(set)]
        var position = 0
        while position < bytes.count {
            let here = cost[position][set.rawValue]
            if let step = directStep(at: position, in: set, reaching: here) {
                values.append(contentsOf: step.values)
                position += step.length
                continue
            }
            // No direct move reaches the optimum, so a switch does.
            for other in Self.preference where other != set {
                if 1 + direct[position][other.rawValue] == here {
                    values.append(Self.switchValue(to: other))
                    set = other
                    break
                }
            }
        }
        return values
    }

    // MARK: - Moves

    private func directCost(at position: Int, in set: CodeSet) -> Int {
        var best = Self.unreachable
        switch set {
        case .c:
            if isDigitPair(at: position) {
                best = 1 + cost[position + 2][CodeSet.c.rawValue]
            }
        case .a, .b:
            let byte = bytes[position]
            let rest = cost[position + 1][set.rawValue]
            if Self.value(of: byte, in: set) != nil {
                best = 1 + rest
            } else if Self.value(of: byte, in: Self.shifted(set)) != nil {
                best = 2 + rest
            }
        }
        return best
    }

    /// The move (values emitted, characters consumed) that stays in `set` and reaches
    /// `target`, if one does.
    private func directStep(at position: Int, in set: CodeSet, reaching target: Int) -> (values: [Int], length: Int)? {
        switch set {
        case .c:
            guard isDigitPair(at: position), 1 + cost[position + 2][set.rawValue] == target else { return nil }
            let pair = Int(bytes[position] - 0x30) * 10 + Int(bytes[position + 1] - 0x30)
            return ([pair], 2)
        case .a, .b:
            let byte = bytes[position]
            let rest = cost[position + 1][set.rawValue]
            if let value = Self.value(of: byte, in: set), 1 + rest == target {
                return ([value], 1)
            }
            if let value = Self.value(of: byte, in: Self.shifted(set)), 2 + rest == target {
                return ([Code128.shift, value], 1)
            }
            return nil
        }
    }

    private func isDigitPair(at position: Int) -> Bool {
        position + 1 < bytes.count && Self.isDigit(bytes[position]) && Self.isDigit(bytes[position + 1])
    }

    // MARK: - Code set tables

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    private static func shifted(_ set: CodeSet) -> CodeSet { set == .a ? .b : .a }

    /// The symbol value of an ASCII byte in set A (0x00–0x5F) or B (0x20–0x7F).
    private static func value(of byte: UInt8, in set: CodeSet) -> Int? {
        switch set {
        case .a:
            if byte < 0x20 { return Int(byte) + 64 }
            return byte < 0x60 ? Int(byte) - 32 : nil
        case .b:
            return (0x20..<0x80).contains(byte) ? Int(byte) - 32 : nil
        case .c:
            return nil
        }
    }

    private static func startValue(_ set: CodeSet) -> Int {
        switch set {
        case .a: Code128.startA
        case .b: Code128.startB
        case .c: Code128.startC
        }
    }

    private static func switchValue(to set: CodeSet) -> Int {
        switch set {
        case .a: Code128.codeA
        case .b: Code128.codeB
        case .c: Code128.codeC
        }
    }
}
