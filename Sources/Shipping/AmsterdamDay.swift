import Foundation

/// Calendar days in the Netherlands (Europe/Amsterdam), where Picqer's warehouses and the carrier's drivers
/// work: the end-of-day manifest covers one such day.
public enum AmsterdamDay {
    /// The Europe/Amsterdam time zone (UTC+1, UTC+2 in summer).
    public static let timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(secondsFromGMT: 3600)!

    /// The instants `[from, to)` of the day `day` (`YYYY-MM-DD`) in the Netherlands, or `nil` when `day` is not
    /// a real date in that form. A day is 23 hours long when the clocks go forward (last Sunday of March) and
    /// 25 hours when they go back (last Sunday of October).
    public static func bounds(of day: String) -> (from: Date, to: Date)? {
        let parts = day.split(separator: "-", omittingEmptySubsequences: false)
        guard day.utf8.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let date = Int(parts[2])
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        guard (1...12).contains(month), (1...31).contains(date),
            let from = calendar.date(from: DateComponents(year: year, month: month, day: date)),
            calendar.dateComponents([.year, .month, .day], from: from)
                == DateComponents(year: year, month: month, day: date),
            let to = calendar.date(byAdding: .day, value: 1, to: from)
        else { return nil }
        return (from, to)
    }
}
