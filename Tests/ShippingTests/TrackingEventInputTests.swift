import Foundation
import Shipping
import Testing

/// The field checks of an event as sent (API item or CSV row): every error at once, each naming its field.
@Suite struct TrackingEventInputTests {
    static let received = Date(timeIntervalSince1970: 1_790_000_000)

    static func fields(_ input: TrackingEventInput) -> [String] {
        if case .failure(let failure) = input.validated(receivedAt: received) { return failure.errors.map(\.field) }
        return []
    }

    @Test func aGoodEventPasses() throws {
        let input = TrackingEventInput(
            eventID: " scan-1 ", trackingCode: "CC000000014NL", status: "out_for_delivery",
            occurredAt: "2026-09-21T15:30:00.250+02:00", city: "Arnhem", postcode: "", country: "nl",
            description: "")
        let event = try input.validated(receivedAt: Self.received).get()
        #expect(event.eventID == "scan-1" && event.status == .outForDelivery)
        #expect(
            event.occurredAt
                == TrackingEventInput.parseTimestamp("2026-09-21T13:30:00.250Z"))
        #expect(event.location == TrackingEventLocation(city: "Arnhem", postcode: nil, country: "NL"))
        #expect(event.description == nil)
    }

    @Test func missingFieldsAreNamed() {
        #expect(
            Self.fields(TrackingEventInput(eventID: nil, trackingCode: "", status: " ", occurredAt: nil))
                == ["event_id", "tracking_code", "status", "occurred_at"])
    }

    @Test func unknownStatusBadTimesAndLongTextsAreNamed() {
        let long = String(repeating: "x", count: 501)
        #expect(
            Self.fields(
                TrackingEventInput(
                    eventID: String(repeating: "e", count: 201), trackingCode: "CC1", status: "lost_in_space",
                    occurredAt: "2026-09-21 10:00", description: long))
                == ["event_id", "status", "occurred_at", "description"])
        // No offset: the time is ambiguous.
        #expect(
            Self.fields(
                TrackingEventInput(
                    eventID: "e", trackingCode: "CC1", status: "delivered", occurredAt: "2026-09-21T10:00:00"))
                == ["occurred_at"])
        // Two hours after receipt.
        #expect(
            Self.fields(
                TrackingEventInput(
                    eventID: "e", trackingCode: "CC1", status: "delivered", occurredAt: "2026-09-21T18:13:20+02:00"))
                == ["occurred_at"])
        #expect(
            Self.fields(
                TrackingEventInput(
                    eventID: "e", trackingCode: "CC1", status: "delivered", occurredAt: "2026-09-21T14:13:20+02:00",
                    description: String(repeating: "é", count: 500)))
                == [])
    }

    @Test func theUnknownStatusMessageListsTheVocabulary() throws {
        let input = TrackingEventInput(
            eventID: "e", trackingCode: "CC1", status: "Delivered", occurredAt: "2026-09-21T10:00:00Z")
        guard case .failure(let failure) = input.validated(receivedAt: Self.received) else {
            Issue.record("accepted")
            return
        }
        #expect(failure.errors.count == 1)
        #expect(failure.errors[0].message.contains("'Delivered' is not a status"))
        #expect(failure.errors[0].message.contains("collected_from_pickup_point"))
    }
}
