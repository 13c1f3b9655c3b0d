import Foundation
import Testing

@testable import Shipping

/// `webhooks:` in the configuration: URLs, secrets (plain or Standard Webhooks `whsec_`), event types, and every
/// bad entry named by `check-config`.
@Suite struct WebhookConfigurationTests {
    static let key = Array(0..<32).map { UInt8($0) }
    static let whsec = "whsec_" + Data(key).base64EncodedString()

    static func parse(_ webhooks: String, environment: [String: String] = [:]) throws -> CarrierConfiguration {
        try CarrierConfiguration.parse(
            yaml: ConfigurationTests.yaml() + "\n" + webhooks, environment: environment, baseDirectory: "/srv")
    }

    static func problems(_ webhooks: String) -> [String] {
        do {
            _ = try parse(webhooks)
            return []
        } catch let error as ConfigurationError {
            return error.problems
        } catch {
            return ["\(error)"]
        }
    }

    @Test func noWebhooksByDefault() throws {
        #expect(try Self.parse("").webhooks.isEmpty)
    }

    @Test func goodEntriesLoad() throws {
        let configuration = try Self.parse(
            """
            webhooks:
              - url: https://tms.carrier.example/hooks/picqer
                secret: \(Self.whsec)
                events: [shipment.created, shipment.cancelled]
              - url: http://127.0.0.1:9000/hooks
                secret: a plain secret of some length
            """)
        #expect(configuration.webhooks.count == 2)
        #expect(configuration.webhooks[0].secret.key == Self.key)
        #expect(configuration.webhooks[0].events == [.shipmentCreated, .shipmentCancelled])
        #expect(configuration.webhooks[1].secret.key == Array("a plain secret of some length".utf8))
        #expect(configuration.webhooks[1].events == Set(WebhookEventType.allCases))
        // Secrets never show in descriptions.
        #expect(!"\(configuration.webhooks[0])".contains(Self.whsec.dropFirst(6)))
    }

    @Test func theEnvironmentGivesTheSecret() throws {
        let configuration = try Self.parse(
            """
            webhooks:
              - url: https://tms.carrier.example/hooks
            """, environment: ["PICQER_CARRIER_WEBHOOKS_0_SECRET": Self.whsec])
        #expect(configuration.webhooks[0].secret.key == Self.key)
    }

    @Test func badEntriesAreNamed() {
        let problems = Self.problems(
            """
            webhooks:
              - url: http://tms.carrier.example/hooks
                secret: \(Self.whsec)
              - url: https://tms.carrier.example/hooks
              - url: https://tms.carrier.example/other
                secret: whsec_***
                events: [shipment.created, shipment.delivered]
              - secret: short
                events: []
              - url: ftp://tms.carrier.example/hooks
                secret: whsec_\(Data([1, 2, 3]).base64EncodedString())
            """)
        #expect(
            problems == [
                "webhooks[0].url: expected an https:// URL (http:// only to 127.0.0.1 or localhost), got 'http://tms.carrier.example/hooks'",
                "webhooks[1].secret: is required: the key that signs notifications (whsec_ + base64, as Standard Webhooks libraries make them)",
                "webhooks[2].secret: the part after whsec_ must be base64",
                "webhooks[2].events: 'shipment.delivered' is not an event type; expected shipment.created, shipment.cancelled, shipment.voided, shipment.status_changed",
                "webhooks[3].url: is required: where the carrier's system receives notifications",
                "webhooks[3].secret: expected at least 16 characters, or whsec_ followed by base64 of 24 to 64 bytes",
                "webhooks[3].events: list at least one event type, or leave events out for all",
                "webhooks[4].url: expected an https:// URL (http:// only to 127.0.0.1 or localhost), got 'ftp://tms.carrier.example/hooks'",
                "webhooks[4].secret: whsec_ secrets hold 24 to 64 bytes, this one 3",
            ], "\(problems)")
    }

    @Test func theSameURLTwiceIsAProblem() {
        let problems = Self.problems(
            """
            webhooks:
              - {url: "https://a.example/h", secret: "\(Self.whsec)", events: [shipment.created]}
              - {url: "https://a.example/h", secret: "\(Self.whsec)", events: [shipment.voided]}
            """)
        #expect(problems == ["webhooks[1].url: 'https://a.example/h' is used twice: list all its events in one entry"])
    }
}
