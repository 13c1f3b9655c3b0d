import Shipping
import Testing

/// The CSV of `picqer-carrier import-events`: RFC 4180 quoting, the exact header, line numbers.
@Suite struct TrackingEventCSVTests {
    @Test func readsQuotedFieldsAndKeepsLineNumbers() throws {
        let text =
            "\u{FEFF}event_id,tracking_code,status,occurred_at,city,postcode,country,description\r\n"
            + "e1,CC000000014NL,picked_up,2026-09-21T10:00:00+02:00,Arnhem,6825 MC,NL,\r\n"
            + "\r\n"
            + "e2,CC000000014NL,delivery_failed,2026-09-21T12:00:00+02:00,\"Den Haag, Centrum\",,NL,"
            + "\"Nobody home; \"\"card\"\" left\nat the door\"\n"
            + "e3,CC000000028NL,bogus,,,,,"
        let rows = try TrackingEventCSV.parse(text)
        #expect(rows.map(\.line) == [2, 4, 6])
        #expect(
            rows[0].input
                == TrackingEventInput(
                    eventID: "e1", trackingCode: "CC000000014NL", status: "picked_up",
                    occurredAt: "2026-09-21T10:00:00+02:00", city: "Arnhem", postcode: "6825 MC", country: "NL",
                    description: nil))
        #expect(rows[1].input.city == "Den Haag, Centrum" && rows[1].input.postcode == nil)
        #expect(rows[1].input.description == "Nobody home; \"card\" left\nat the door")
        #expect(rows[2].input.status == "bogus" && rows[2].input.occurredAt == nil)
    }

    @Test func aWrongHeaderIsRefusedWithTheExpectedOne() {
        #expect(throws: TrackingEventCSV.ReadError.badHeader(found: "id,code,status")) {
            try TrackingEventCSV.parse("id,code,status\n1,2,3\n")
        }
        #expect(throws: TrackingEventCSV.ReadError.empty) { try TrackingEventCSV.parse("") }
        let message = TrackingEventCSV.ReadError.badHeader(found: "x").description
        #expect(message.contains(TrackingEventCSV.header))
    }

    @Test func brokenRowsAreRefusedWithTheirLine() {
        let header = TrackingEventCSV.header + "\n"
        #expect(throws: TrackingEventCSV.ReadError.wrongFieldCount(line: 3, found: 3)) {
            try TrackingEventCSV.parse(header + "e1,CC1,picked_up,t,,,,\ne2,CC1,picked_up\n")
        }
        #expect(throws: TrackingEventCSV.ReadError.unterminatedQuote(line: 2)) {
            try TrackingEventCSV.parse(header + "e1,CC1,picked_up,t,,,,\"never closed\n")
        }
    }
}
