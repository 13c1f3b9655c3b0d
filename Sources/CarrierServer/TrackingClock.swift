import Foundation
import PicqerAPI
import Shipping

/// Times and dates on the tracking page: Dutch local time (Europe/Amsterdam), written for people in the page's
/// language and for machines as RFC 3339 with the local offset.
enum TrackingClock {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = AmsterdamDay.timeZone
        return calendar
    }()

    /// `2025-05-12T14:05:00+02:00`: the instant in Amsterdam's local time with its offset.
    static func machineTime(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let offset = AmsterdamDay.timeZone.secondsFromGMT(for: date)
        let sign = offset < 0 ? "-" : "+"
        return "\(pad(parts.year ?? 0, 4))-\(pad(parts.month ?? 0))-\(pad(parts.day ?? 0))T"
            + "\(pad(parts.hour ?? 0)):\(pad(parts.minute ?? 0)):\(pad(parts.second ?? 0))"
            + "\(sign)\(pad(abs(offset) / 3600)):\(pad(abs(offset) % 3600 / 60))"
    }

    /// `12 mei 2025 om 14:05`, `12 May 2025, 14:05`: the instant in Amsterdam's local time.
    static func humanTime(_ date: Date, _ texts: TrackingTexts) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let month = texts.months[max(0, min(11, (parts.month ?? 1) - 1))]
        return "\(parts.day ?? 0) \(month) \(parts.year ?? 0)\(texts.timeJoiner)"
            + "\(pad(parts.hour ?? 0)):\(pad(parts.minute ?? 0))"
    }

    /// `zondag 9 september 2018`, `Sunday 9 September 2018`.
    static func humanDay(_ day: CalendarDate, _ texts: TrackingTexts) -> String {
        let components = DateComponents(year: day.year, month: day.month, day: day.day, hour: 12)
        let weekday = calendar.date(from: components).map { calendar.component(.weekday, from: $0) }
        let month = texts.months[day.month - 1]
        let name = weekday.map { texts.weekdays[($0 - 1) % 7] + " " } ?? ""
        return "\(name)\(day.day) \(month) \(day.year)"
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
