import Foundation
import Testing

@testable import Shipping

@Suite struct ConfigurationTests {
    static let hash = "$2b$10$" + String(repeating: "a", count: 53)

    static func yaml(carrierKey: String = "courier", port: String = "8443") -> String {
        """
        server:
          port: \(port)
          plain_http: true
        carrier:
          key: \(carrierKey)
          name: Testkoerier
          tracking_code: {scheme: s10, prefix: CC, country: NL}
        services:
          - {value: standard, name: Parcel Standard, code: STD}
        accounts:
          - username: shop
            password_hash: "\(hash)"
            sender_addresses:
              - {id: 1, name: Shop, street: Street 1, zipcode: 1234 AB, city: Town, country: nl}
        """
    }

    @Test func aGoodFileLoadsWithDefaults() throws {
        let configuration = try CarrierConfiguration.parse(yaml: Self.yaml(), environment: [:], baseDirectory: "/srv")
        #expect(configuration.server.port == 8443)
        #expect(configuration.server.minimumTLSVersion == .v1_2)
        #expect(configuration.server.requestDeadlineSeconds == 15)
        #expect(configuration.databasePath == "/srv/picqer-carrier.sqlite")
        #expect(configuration.accounts[0].senderAddresses[0].country == "NL")
        #expect(configuration.carrier.trackingURL(for: "CC1") == "https://localhost:8443/track/CC1")
    }

    @Test func theEnvironmentOverridesTheFile() throws {
        let configuration = try CarrierConfiguration.parse(
            yaml: Self.yaml(),
            environment: [
                "PICQER_CARRIER_PORT": "9443", "PICQER_CARRIER_DATABASE": "/data/db.sqlite",
                "PICQER_CARRIER_ACCOUNT_SHOP_PASSWORD_HASH": "$2b$12$" + String(repeating: "b", count: 53),
            ], baseDirectory: "/srv")
        #expect(configuration.server.port == 9443)
        #expect(configuration.databasePath == "/data/db.sqlite")
        #expect(configuration.accounts[0].passwordHash?.hasPrefix("$2b$12$") == true)
    }

    @Test func everyProblemIsNamedAtOnce() {
        let yaml = """
            server:
              request_deadline_seconds: 25
              tls: {minimum_version: "1.0"}
            carrier:
              key: dhl
              tracking_code: {scheme: s10, prefix: C1}
            services:
              - {value: standard, name: Standard}
            accounts:
              - username: shop
                password_hash: plain-text
                services: [overnight]
                sender_addresses:
                  - {id: 1, name: Shop, street: Street 1, city: Town, country: Holland}
            """
        do {
            _ = try CarrierConfiguration.parse(yaml: yaml, environment: [:], baseDirectory: "/srv")
            Issue.record("expected a configuration error")
        } catch {
            let text = error.problems.joined(separator: "\n")
            for key in [
                "server.request_deadline_seconds", "server.tls.minimum_version", "server.tls", "carrier.key",
                "carrier.name", "carrier.tracking_code.prefix", "carrier.tracking_code.country", "services[0].code",
                "accounts[0].password_hash", "accounts[0].services", "accounts[0].sender_addresses[0].zipcode",
                "accounts[0].sender_addresses[0].country",
            ] {
                #expect(text.contains(key + ":"), "missing \(key) in:\n\(text)")
            }
        }
    }

    @Test func aWrongTypeNamesItsKey() {
        do {
            _ = try CarrierConfiguration.parse(yaml: Self.yaml(port: "eighty"), environment: [:], baseDirectory: "/")
            Issue.record("expected a configuration error")
        } catch {
            #expect(error.problems.first?.hasPrefix("server.port") == true, "\(error.problems)")
        }
    }
}

@Suite struct ExampleConfigurationTests {
    @Test func theDocumentedExampleIsValid() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("example-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["fullchain.pem", "privkey.pem"] {
            try "test".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let configuration = try CarrierConfiguration.load(
            path: root.appendingPathComponent("Fixtures/example-config.yaml").path,
            environment: [
                "PICQER_CARRIER_TLS_CERTIFICATE": folder.appendingPathComponent("fullchain.pem").path,
                "PICQER_CARRIER_TLS_PRIVATE_KEY": folder.appendingPathComponent("privkey.pem").path,
            ])
        #expect(configuration.server.host == "0.0.0.0")
        #expect(!configuration.accounts.isEmpty)
    }
}
