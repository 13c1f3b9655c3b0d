import Foundation
import Testing

@testable import CarrierServer

/// The operator API's own date writer gives exactly what Foundation's ISO 8601 formatter gives.
@Suite struct RFC3339DateTranscoderTests {
    @Test func agreesWithFoundationOnDatesAcrossCenturiesAndLeapDays() throws {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = .gmt
        var generator = SystemRandomNumberGenerator()
        var dates: [Date] = [
            Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -1), Date(timeIntervalSince1970: 0.999),
            Date(timeIntervalSince1970: 951_782_400),  // 2000-02-29
            Date(timeIntervalSince1970: 4_107_542_399.5),  // 2100-02-28T23:59:59
            Date(timeIntervalSince1970: -2_208_988_800),  // 1900-01-01
        ]
        for _ in 0..<20_000 {
            dates.append(Date(timeIntervalSince1970: Double.random(in: -3e9...5e9, using: &generator)))
        }
        for date in dates {
            #expect(RFC3339DateTranscoder.string(from: date) == formatter.string(from: date), "\(date)")
        }
    }

    @Test func readsWhatItWrites() throws {
        let transcoder = RFC3339DateTranscoder()
        let date = Date(timeIntervalSince1970: 1_796_549_400)
        #expect(try transcoder.decode(transcoder.encode(date)) == date)
        #expect(throws: (any Error).self) { try transcoder.decode("5 December") }
    }
}
