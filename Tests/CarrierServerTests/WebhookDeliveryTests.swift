import CarrierServer
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Shipping
import Testing

/// Signed webhooks out, over a live HTTPS carrier and a real HTTP receiver on loopback: signatures, content,
/// latency, retries, order per shipment, giving up, timeouts and the deliveries list.
@Suite struct WebhookDeliveryTests {
    static let key = (0..<32).map { UInt8(($0 * 7 + 3) % 256) }
    static let secret = "whsec_" + Data(key).base64EncodedString()

    /// Fast retries for tests: 100 ms doubling up to 400 ms, giving up after `giveUp`.
    static func policy(giveUp: Duration = .seconds(30), timeout: Duration = .seconds(2)) -> WebhookDeliveryPolicy {
        WebhookDeliveryPolicy(
            retry: .init(firstDelay: .milliseconds(100), maximumDelay: .milliseconds(400), giveUpAfter: giveUp),
            timeout: timeout, pollInterval: .milliseconds(500), concurrency: 8)
    }

    static func yaml(port: Int, events: String = "", secret: String = secret) -> String {
        """
        webhooks:
          - url: http://127.0.0.1:\(port)/hooks
            secret: \(secret)\(events.isEmpty ? "" : "\n    events: [\(events)]")
        """
    }

    /// Waits up to `seconds` for `condition`.
    static func eventually(
        _ seconds: Double = 10, _ condition: @Sendable () async throws -> Bool,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if try await condition() { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("condition not met within \(seconds) s", sourceLocation: sourceLocation)
    }

    struct Deliveries: Decodable {
        struct Delivery: Decodable {
            var id: Int
            var type: String
            var tracking_code: String
            var endpoint: String
            var state: String
            var attempts: Int
            var last_status: Int?
            var last_error: String?
            var next_attempt_at: String?
            var created_at: String
            var delivered_at: String?
        }
        var deliveries: [Delivery]
    }

    static func deliveries(_ client: any TestClientProtocol, _ query: String = "") async throws -> [Deliveries.Delivery]
    {
        try await client.execute(
            uri: "/api/v1/webhook-deliveries\(query)", method: .get, headers: TestCarrier.operatorRO
        ) { response in
            #expect(response.status == .ok, "\(String(buffer: response.body))")
            return try OperatorAPITests.decode(Deliveries.self, response.body).deliveries
        }
    }

    static func cancel(_ client: any TestClientProtocol, _ code: String) async throws {
        try await client.execute(
            uri: "/api/v1/shipments/\(code)/cancel", method: .post, headers: TestCarrier.operatorRW
        ) { #expect($0.status == .ok) }
    }

    @Test func everyChangeArrivesSignedWithTheShipmentSoonAfterItsCommit() async throws {
        let receiver = WebhookReceiver(key: Self.key)
        let port = try await receiver.start()
        let carrier = try TestCarrier(extraYAML: Self.yaml(port: port))
        try await Self.everyChangeArrives(carrier: carrier, flow: nil, receiver: receiver, port: port)
        await receiver.stop()
    }

    /// Two shipments, two scan events and a cancel through the running server (around `flow`, when given):
    /// five notifications reach `receiver` (on `port`), each once, signed, in order per shipment, the first
    /// within a second of its commit. Also run on PostgreSQL (``PostgresWebhookDeliveryTests``).
    static func everyChangeArrives(carrier: TestCarrier, flow: ShipmentFlow?, receiver: WebhookReceiver, port: Int)
        async throws
    {
        try await carrier.withServer(flow: flow, webhookDelivery: Self.policy()) { client in
            let a = try #require(try await OperatorAPITests.create(client).data).tracking_code
            let committed = Date()
            try await Self.eventually(5) { receiver.delivered.count == 1 }
            let first = try #require(receiver.delivered.first)
            #expect(first.at.timeIntervalSince(committed) < 1, "sent \(first.at.timeIntervalSince(committed)) s after")

            let results = try await EventsAPITests.post(
                client,
                [
                    [
                        "event_id": "w1", "tracking_code": a, "status": "picked_up",
                        "occurred_at": EventsAPITests.time(minutes: -30),
                    ],
                    [
                        "event_id": "w2", "tracking_code": a, "status": "in_transit",
                        "occurred_at": EventsAPITests.time(minutes: -20),
                    ],
                    // Older than the current status: stored, but the status does not change, nothing announced.
                    [
                        "event_id": "w3", "tracking_code": a, "status": "at_sorting_center",
                        "occurred_at": EventsAPITests.time(minutes: -25),
                    ],
                ])
            #expect(results.results.map(\.outcome) == ["created", "created", "created"])
            let b = try #require(try await OperatorAPITests.create(client).data).tracking_code
            try await Self.cancel(client, b)
            try await Self.eventually(5) { receiver.delivered.count == 5 }
            try await Task.sleep(for: .milliseconds(300))

            let received = receiver.received
            #expect(received.count == 5, "nothing sent twice or more than announced")
            #expect(received.allSatisfy { $0.signatureValid })
            #expect(Set(received.map(\.id)).count == 5)
            #expect(received.allSatisfy { abs(Double($0.timestamp) - Date().timeIntervalSince1970) < 60 })
            let payloads = received.compactMap(\.payload)
            #expect(payloads.count == 5)
            #expect(
                payloads.filter { $0.data.tracking_code == a }.map { "\($0.type) \($0.data.tracking_status)" } == [
                    "shipment.created registered", "shipment.status_changed picked_up",
                    "shipment.status_changed in_transit",
                ])
            #expect(
                payloads.filter { $0.data.tracking_code == b }.map { "\($0.type) \($0.data.status)" } == [
                    "shipment.created active", "shipment.cancelled cancelled",
                ])
            // The operator API's shipment object, with the recipient: the receiver is the carrier's own system.
            #expect(payloads.allSatisfy { $0.data.recipient.name?.isEmpty == false })
            #expect(payloads.allSatisfy { ISO8601DateFormatter().date(from: $0.timestamp) != nil })

            let listed = try await Self.deliveries(client, "?state=delivered")
            #expect(listed.count == 5 && listed.allSatisfy { $0.attempts == 1 && $0.last_status == 204 })
            #expect(listed.map(\.id).sorted() == received.compactMap { Int($0.id) }.sorted())
            #expect(listed.allSatisfy { $0.endpoint == receiver.url(port: port) && $0.delivered_at != nil })
            #expect(try await Self.deliveries(client, "?state=pending").isEmpty)
        }
    }

    @Test func onlyTheSubscribedEventTypesAreSent() async throws {
        let receiver = WebhookReceiver(key: Self.key)
        let port = try await receiver.start()
        let carrier = try TestCarrier(extraYAML: Self.yaml(port: port, events: "shipment.cancelled"))
        try await carrier.withServer(webhookDelivery: Self.policy()) { client in
            let a = try #require(try await OperatorAPITests.create(client).data).tracking_code
            try await Self.cancel(client, a)
            try await Self.eventually(5) { receiver.delivered.count == 1 }
            #expect(receiver.delivered.compactMap(\.payload).map(\.type) == ["shipment.cancelled"])
            #expect(try await Self.deliveries(client).count == 1)
        }
        await receiver.stop()
    }

    @Test func failedAttemptsAreRetriedWithTheSameIDUntilDelivered() async throws {
        let receiver = WebhookReceiver(key: Self.key, failFirst: 3)
        let port = try await receiver.start()
        let carrier = try TestCarrier(extraYAML: Self.yaml(port: port))
        try await carrier.withServer(webhookDelivery: Self.policy()) { client in
            _ = try #require(try await OperatorAPITests.create(client).data)
            try await Self.eventually(10) { receiver.delivered.count == 1 }
            let received = receiver.received
            #expect(received.map(\.answered) == [503, 503, 503, 204])
            #expect(Set(received.map(\.id)).count == 1, "one webhook-id on every attempt")
            #expect(received.allSatisfy { $0.signatureValid })
            #expect(Set(received.map(\.body)).count == 1, "the same body on every attempt")
            // Backoff: 100 ms, 200 ms, 400 ms between the attempts (the first retry no sooner than 100 ms).
            #expect(received[1].at.timeIntervalSince(received[0].at) >= 0.09)
            #expect(received[3].at.timeIntervalSince(received[2].at) >= 0.35)
            let listed = try #require(try await Self.deliveries(client).first)
            #expect(listed.state == "delivered" && listed.attempts == 4 && listed.last_status == 204)
        }
        await receiver.stop()
    }

    @Test func aShipmentsNotificationsArriveInOrderAlsoWhenTheFirstIsRetried() async throws {
        let receiver = WebhookReceiver(key: Self.key, failFirst: 2)
        let port = try await receiver.start()
        let carrier = try TestCarrier(extraYAML: Self.yaml(port: port))
        try await carrier.withServer(webhookDelivery: Self.policy()) { client in
            let a = try #require(try await OperatorAPITests.create(client).data).tracking_code
            try await Self.cancel(client, a)
            try await Self.eventually(10) { receiver.delivered.count == 2 }
            let received = receiver.received
            #expect(
                received.compactMap(\.payload).map(\.type) == [
                    "shipment.created", "shipment.created", "shipment.created", "shipment.cancelled",
                ])
            #expect(received.map(\.answered) == [503, 503, 204, 204])
        }
        await receiver.stop()
    }

    @Test func aNotificationNeverAcceptedIsFailedAfterTheGiveUpTimeAndListed() async throws {
        let receiver = WebhookReceiver(key: Self.key, failFirst: 1_000)
        let port = try await receiver.start()
        let carrier = try TestCarrier(extraYAML: Self.yaml(port: port))
        try await carrier.withServer(webhookDelivery: Self.policy(giveUp: .seconds(1))) { client in
            let a = try #require(try await OperatorAPITests.create(client).data).tracking_code
            try await Self.eventually(10) { try await !Self.deliveries(client, "?state=failed").isEmpty }
            let failed = try await Self.deliveries(client, "?state=failed&limit=10")
            #expect(failed.count == 1)
            #expect(failed.first?.tracking_code == a && failed.first?.type == "shipment.created")
            #expect(failed.first?.last_status == 503 && failed.first?.last_error == "HTTP 503")
            #expect((failed.first?.attempts ?? 0) >= 3 && failed.first?.next_attempt_at == nil)
            #expect(try await Self.deliveries(client, "?state=pending").isEmpty)
            #expect(try await Self.deliveries(client, "?state=delivered").isEmpty)
            let attempts = receiver.received.count
            try await Task.sleep(for: .milliseconds(600))
            #expect(receiver.received.count == attempts, "no attempts after giving up")
        }
        await receiver.stop()
    }

    @Test func noAnswerWithinTheTimeoutIsAFailedAttempt() async throws {
        let receiver = WebhookReceiver(key: Self.key, delay: .seconds(2))
        let port = try await receiver.start()
        let carrier = try TestCarrier(extraYAML: Self.yaml(port: port))
        try await carrier.withServer(webhookDelivery: Self.policy(timeout: .milliseconds(300))) { client in
            _ = try #require(try await OperatorAPITests.create(client).data)
            try await Self.eventually(10) {
                try await Self.deliveries(client, "?state=pending").first?.last_error == "timeout"
            }
            #expect(try await Self.deliveries(client, "?state=delivered").isEmpty)
        }
        await receiver.stop()
    }

    @Test func theDeliveriesListNamesBadParametersAndNeedsAToken() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            for query in ["?state=lost", "?limit=0", "?limit=1001", "?limit=many"] {
                try await client.execute(
                    uri: "/api/v1/webhook-deliveries\(query)", method: .get, headers: TestCarrier.operatorRO
                ) { response in
                    #expect(response.status == .badRequest, "\(query)")
                    #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                    // The handler names its parameters; a limit that is not a number is refused by the generated
                    // decoding before it (as on every operator route).
                    let text = String(buffer: response.body)
                    if query != "?limit=many" {
                        #expect(text.contains(query.contains("state") ? "\"state\"" : "\"limit\""), "\(query): \(text)")
                    }
                }
            }
            try await client.execute(uri: "/api/v1/webhook-deliveries", method: .get) {
                #expect($0.status == .unauthorized)
            }
            #expect(try await Self.deliveries(client).isEmpty)
        }
    }
}
