import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// Scan events in over live HTTPS: per-event outcomes, duplicates on resend, the shipment's tracking status,
/// the events list, cancel refused after pickup, scopes and whole-request refusals.
@Suite struct EventsAPITests {
    struct Results: Decodable {
        struct Result: Decodable {
            struct Error: Decodable {
                var field: String
                var detail: String
            }
            var event_id: String?
            var outcome: String
            var errors: [Error]
        }
        var results: [Result]
    }

    struct Shipment: Decodable {
        var tracking_code: String
        var status: String
        var tracking_status: String
        var last_event_at: String?
    }

    struct EventList: Decodable {
        struct Event: Decodable {
            struct Location: Decodable {
                var city: String?
                var country: String?
            }
            var event_id: String
            var status: String
            var occurred_at: String
            var location: Location?
            var description: String?
            var received_at: String
        }
        var events: [Event]
    }

    static let json: HTTPFields = TestCarrier.operatorRW.merging([.contentType: "application/json"])

    /// An RFC 3339 time `minutes` from now, in Amsterdam summer time's offset.
    static func time(minutes: Double) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 7200)
        return formatter.string(from: Date().addingTimeInterval(minutes * 60))
    }

    static func post(_ client: any TestClientProtocol, _ events: [[String: Any]]) async throws -> Results {
        let body = try JSONSerialization.data(withJSONObject: ["events": events])
        return try await client.execute(
            uri: "/api/v1/events", method: .post, headers: json, body: ByteBuffer(bytes: body)
        ) { response in
            #expect(response.status == .ok, "\(String(buffer: response.body))")
            return try OperatorAPITests.decode(Results.self, response.body)
        }
    }

    static func shipment(_ client: any TestClientProtocol, _ code: String) async throws -> Shipment {
        try await client.execute(uri: "/api/v1/shipments/\(code)", method: .get, headers: TestCarrier.operatorRO) {
            try OperatorAPITests.decode(Shipment.self, $0.body)
        }
    }

    @Test func aMixedBatchGetsOneOutcomePerEventAndResendingIsSafe() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let code = try #require(try await OperatorAPITests.create(client).data).tracking_code
            #expect(try await Self.shipment(client, code).tracking_status == "registered")
            #expect(try await Self.shipment(client, code).last_event_at == nil)
            let batch: [[String: Any]] = [
                [
                    "event_id": "ev-2", "tracking_code": code, "status": "at_sorting_center",
                    "occurred_at": Self.time(minutes: -60),
                    "location": ["city": "Nieuwegein", "postcode": "3439 LM", "country": "nl"],
                    "description": "Sorted",
                ],
                [
                    "event_id": "ev-bad-code", "tracking_code": "CC999999999NL", "status": "picked_up",
                    "occurred_at": Self.time(minutes: -10),
                ],
                [
                    "event_id": "ev-bad-status", "tracking_code": code, "status": "teleported",
                    "occurred_at": Self.time(minutes: -10),
                ],
                ["event_id": "ev-missing", "tracking_code": code],
                [
                    "event_id": "ev-future", "tracking_code": code, "status": "delivered",
                    "occurred_at": Self.time(minutes: 120),
                ],
                [
                    "event_id": "ev-long", "tracking_code": code, "status": "in_transit",
                    "occurred_at": Self.time(minutes: -5), "description": String(repeating: "a", count: 501),
                ],
                ["tracking_code": code, "status": "in_transit", "occurred_at": Self.time(minutes: -5)],
                // Arrives after ev-2 but happened before it.
                [
                    "event_id": "ev-1", "tracking_code": code, "status": "picked_up",
                    "occurred_at": Self.time(minutes: -120),
                ],
            ]
            let first = try await Self.post(client, batch)
            #expect(first.results.map(\.event_id) == batch.map { $0["event_id"] as? String })
            #expect(
                first.results.map(\.outcome)
                    == ["created", "rejected", "rejected", "rejected", "rejected", "rejected", "rejected", "created"])
            #expect(
                first.results.map { $0.errors.map(\.field) }
                    == [
                        [], ["tracking_code"], ["status"], ["status", "occurred_at"], ["occurred_at"], ["description"],
                        ["event_id"], [],
                    ])
            #expect(first.results[1].errors[0].detail.contains("no shipment"))
            #expect(first.results[2].errors[0].detail.contains("teleported"))

            let again = try await Self.post(client, batch)
            #expect(
                again.results.map(\.outcome)
                    == [
                        "duplicate", "rejected", "rejected", "rejected", "rejected", "rejected", "rejected",
                        "duplicate",
                    ])

            let shipment = try await Self.shipment(client, code)
            #expect(shipment.status == "active" && shipment.tracking_status == "at_sorting_center")
            #expect(shipment.last_event_at != nil)

            let list = try await client.execute(
                uri: "/api/v1/shipments/\(code)/events", method: .get, headers: TestCarrier.operatorRO
            ) { response in
                #expect(response.status == .ok)
                return try OperatorAPITests.decode(EventList.self, response.body)
            }
            #expect(list.events.map(\.event_id) == ["ev-1", "ev-2"])
            #expect(list.events.map(\.status) == ["picked_up", "at_sorting_center"])
            #expect(list.events[1].location?.city == "Nieuwegein" && list.events[1].location?.country == "NL")
            #expect(list.events[1].description == "Sorted" && list.events[0].location == nil)

            try await client.execute(
                uri: "/api/v1/shipments/CC999999999NL/events", method: .get, headers: TestCarrier.operatorRO
            ) { #expect($0.status == .notFound) }
        }
    }

    @Test func cancelIsRefusedAfterPickup() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let code = try #require(try await OperatorAPITests.create(client).data).tracking_code
            let results = try await Self.post(
                client,
                [
                    [
                        "event_id": "p1", "tracking_code": code, "status": "picked_up",
                        "occurred_at": Self.time(minutes: -1),
                    ]
                ])
            #expect(results.results.map(\.outcome) == ["created"])
            try await client.execute(
                uri: "/api/v1/shipments/\(code)/cancel", method: .post, headers: TestCarrier.operatorRW
            ) { response in
                #expect(response.status == .conflict)
                #expect(response.headers[.contentType] == "application/problem+json")
                let problem = try OperatorAPITests.decode(OperatorAPITests.Problem.self, response.body)
                #expect(problem.detail?.contains("picked_up") == true)
            }
            #expect(try await Self.shipment(client, code).status == "active")
            // A shipment without events still cancels, and then shows as cancelled.
            let other = try #require(try await OperatorAPITests.create(client).data).tracking_code
            try await client.execute(
                uri: "/api/v1/shipments/\(other)/cancel", method: .post, headers: TestCarrier.operatorRW
            ) { #expect($0.status == .ok) }
            #expect(try await Self.shipment(client, other).tracking_status == "cancelled")
        }
    }

    @Test func scopesAndWholeRequestRefusals() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let body = ByteBuffer(string: #"{"events":[]}"#)
            try await client.execute(
                uri: "/api/v1/events", method: .post,
                headers: TestCarrier.operatorRO.merging([.contentType: "application/json"]), body: body
            ) { #expect($0.status == .forbidden) }
            let empty = try await client.execute(uri: "/api/v1/events", method: .post, headers: Self.json, body: body) {
                response in
                #expect(response.status == .ok)
                return try OperatorAPITests.decode(Results.self, response.body)
            }
            #expect(empty.results.isEmpty)
            for bad in [#"[{"event_id":"x"}]"#, #"{"items":[]}"#, "not json"] {
                try await client.execute(
                    uri: "/api/v1/events", method: .post, headers: Self.json, body: ByteBuffer(string: bad)
                ) { response in
                    #expect(response.status == .badRequest, "\(bad)")
                    #expect(response.headers[.contentType] == "application/problem+json")
                }
            }
            let many = Array(repeating: ["event_id": "x"], count: 1001)
            let tooMany = try JSONSerialization.data(withJSONObject: ["events": many])
            try await client.execute(
                uri: "/api/v1/events", method: .post, headers: Self.json, body: ByteBuffer(bytes: tooMany)
            ) { response in
                #expect(response.status == .badRequest)
                let problem = try OperatorAPITests.decode(OperatorAPITests.Problem.self, response.body)
                #expect(problem.detail?.contains("1000") == true)
            }
            try await client.execute(uri: "/api/v1/events", method: .get, headers: TestCarrier.operatorRW) {
                #expect($0.status == .methodNotAllowed)
                #expect($0.headers[.allow] == "POST")
            }
        }
    }
}
