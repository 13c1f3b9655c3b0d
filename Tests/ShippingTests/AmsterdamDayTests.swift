import Foundation
import Shipping
import Testing

@Suite struct AmsterdamDayTests {
    static func instant(_ text: String) throws -> Date {
        try #require(try? Date(text, strategy: .iso8601))
    }

    @Test func winterDayIsTwentyFourHoursFromMidnightCET() throws {
        let day = try #require(AmsterdamDay.bounds(of: "2026-01-15"))
        #expect(day.from == (try Self.instant("2026-01-14T23:00:00Z")))
        #expect(day.to == (try Self.instant("2026-01-15T23:00:00Z")))
    }

    @Test func clocksGoingForwardMakeATwentyThreeHourDay() throws {
        let day = try #require(AmsterdamDay.bounds(of: "2026-03-29"))
        #expect(day.from == (try Self.instant("2026-03-28T23:00:00Z")))
        #expect(day.to == (try Self.instant("2026-03-29T22:00:00Z")))
        #expect(day.to.timeIntervalSince(day.from) == 23 * 3600)
    }

    @Test func clocksGoingBackMakeATwentyFiveHourDay() throws {
        let day = try #require(AmsterdamDay.bounds(of: "2026-10-25"))
        #expect(day.from == (try Self.instant("2026-10-24T22:00:00Z")))
        #expect(day.to == (try Self.instant("2026-10-25T23:00:00Z")))
        #expect(day.to.timeIntervalSince(day.from) == 25 * 3600)
    }

    @Test(arguments: [
        "2026-02-30", "2026-13-01", "2026-1-5", "26-01-05", "2026/01/05", "", "2026-01-05T00", "２０２６-01-05",
    ])
    func notADay(text: String) {
        #expect(AmsterdamDay.bounds(of: text) == nil)
    }
}
