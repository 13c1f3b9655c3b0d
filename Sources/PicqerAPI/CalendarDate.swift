/// A day in the Gregorian calendar, without time or time zone, written `YYYY-MM-DD`.
public struct CalendarDate: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    /// The year, 1000…9999.
    public let year: Int
    /// The month, 1…12.
    public let month: Int
    /// The day of the month, 1…31 (as far as the month has days).
    public let day: Int

    /// Creates a date when it exists (`2024-02-29` does, `2023-02-29` does not).
    public init?(year: Int, month: Int, day: Int) {
        guard (1000...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= Self.days(inMonth: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD`, also when followed by a time (`2018-09-09T00:00:00`, `2018-09-09 12:00:00`).
    /// Returns `nil` for any other form and for dates that do not exist.
    public init?(_ text: String) {
        guard let (year, month, day) = Self.parts(text) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Whether `text` has the form `YYYY-MM-DD` (optionally followed by a time), whether or not the date exists.
    static func hasDateForm(_ text: String) -> Bool {
        parts(text) != nil
    }

    /// Year, month and day of `YYYY-MM-DD` (optionally followed by `T` or a space and a time), unchecked.
    private static func parts(_ text: String) -> (Int, Int, Int)? {
        let characters = Array(text.trimmingWhitespace())
        guard characters.count == 10 || (characters.count > 10 && (characters[10] == "T" || characters[10] == " "))
        else { return nil }
        guard characters[4] == "-", characters[7] == "-",
            [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ characters[$0].isASCII && characters[$0].isNumber })
        else { return nil }
        func number(_ range: Range<Int>) -> Int? { Int(String(characters[range])) }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return (year, month, day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Earlier dates sort first.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
