import CarrierServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdBcrypt
import HummingbirdTesting
import Logging
import Shipping
import Testing

/// A carrier set up for one test: its own folder with a development certificate, a real
/// SQLite file and two accounts.
struct TestCarrier {
    static let shopAPassword = "secret-a"
    static let shopAAPIKey = "shop-a-api-key-0123456789abcdef"
    static let shopBPassword = "secret-b"
    // bcrypt at cost 4 keeps the suite fast; the server uses the configured hashes as they are.
    static let shopAHash = Bcrypt.hash(shopAPassword, cost: 4)
    static let shopBHash = Bcrypt.hash(shopBPassword, cost: 4)
    static let certificate = try! DevelopmentCertificate.make(commonName: "localhost", validDays: 30)
    /// Operator tokens: one with both scopes, one read-only.
    static let operatorToken = "test-operator-token-read-write"
    static let readOnlyToken = "test-operator-token-read-only"

    let folder: URL
    let configuration: CarrierConfiguration

    /// A carrier in a new folder, or in `folder` when given (to restart on the same database). Its
    /// configuration file is also written to the folder (`config.yaml`).
    /// - Parameters:
    ///   - serverYAML: more lines of the `server:` section (indented by two spaces).
    ///   - extraYAML: more top-level sections (e.g. a `webhooks:` section).
    ///   - accounts: the `accounts:` entries, when not shop-a and shop-b.
    init(
        folder existing: URL? = nil, deadlineSeconds: Double = 15, serverYAML: String = "", extraYAML: String = "",
        accounts: String? = nil, tlsYAML: String = ""
    ) throws {
        folder =
            existing
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("carrier-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.certificate.certificate.write(
            to: folder.appendingPathComponent("cert.pem"), atomically: true, encoding: .utf8)
        try Self.certificate.privateKey.write(
            to: folder.appendingPathComponent("key.pem"), atomically: true, encoding: .utf8)
        let yaml = Self.yaml(
            deadlineSeconds: deadlineSeconds, serverYAML: serverYAML, extraYAML: extraYAML, accounts: accounts,
            tlsYAML: tlsYAML)
        try yaml.write(to: folder.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        configuration = try CarrierConfiguration.parse(yaml: yaml, environment: [:], baseDirectory: folder.path)
    }

    /// The test configuration file's text.
    static func yaml(
        deadlineSeconds: Double = 15, port: Int = 0, serverYAML: String = "", extraYAML: String = "",
        accounts: String? = nil, tlsYAML: String = ""
    ) -> String {
        """
        server:
          host: 127.0.0.1
          port: \(port)
          public_base_url: https://track.test.example
          tls: {certificate: cert.pem, private_key: key.pem\(tlsYAML)}
          request_deadline_seconds: \(deadlineSeconds)
        \(serverYAML)
        database: {path: carrier.sqlite}
        carrier:
          key: courier
          name: Testkoerier
          tracking_code: {scheme: s10, prefix: CC, country: NL}
        services:
          - {value: standard, name: Parcel Standard, code: STD, max_weight_grams: 31500}
          - {value: express, name: Express Next Day, code: EXP, max_weight_grams: 20000}
          - {value: documents, name: Documents International, code: DOC, max_weight_grams: 2000, documents_only: true}
        accounts:
        \(accounts ?? Self.accountsYAML)
        operators:
          - {name: sorting, token_sha256: \(APIKeyDigest.hex(of: Self.operatorToken)), scopes: [read, write]}
          - {name: planning, token_sha256: \(APIKeyDigest.hex(of: Self.readOnlyToken)), scopes: [read]}
        \(extraYAML)
        """
    }

    /// The `accounts:` entries of shop-a and shop-b.
    static var accountsYAML: String {
        let apiKeyHash = APIKeyDigest.hex(of: Self.shopAAPIKey)
        return """
              - username: shop-a
                password_hash: "\(Self.shopAHash)"
                api_key_sha256: \(apiKeyHash)
                sender_addresses:
                  - {id: 1, name: Demo Webshop B.V., street: Meander 601, zipcode: 6825 MC, city: Arnhem, country: NL}
                  - {id: 2, name: Demo Outlet, street: Delta 39, zipcode: 6825 ML, city: Arnhem, country: NL}
              - username: shop-b
                password_hash: "\(Self.shopBHash)"
                services: [express]
                sender_addresses:
                  - {id: 7, name: Winkel B, street: Kerkstraat 1, zipcode: 1017 GA, city: Amsterdam, country: NL}
            """
    }

    static let logger: Logger = {
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        return logger
    }()

    /// The server's shipment flow on a real SQLite file in the carrier's folder (with the webhook outbox of its
    /// configuration, as the server opens it).
    func flow() throws -> ShipmentFlow {
        let store = try CarrierApplication.openStore(configuration: configuration)
        return CarrierApplication.flow(configuration: configuration, store: store, logger: Self.logger)
    }

    /// The real application around `flow` (a new one when `nil`).
    func application(flow: ShipmentFlow? = nil, webhookDelivery: WebhookDeliveryPolicy = .standard) throws
        -> some ApplicationProtocol
    {
        try CarrierApplication.build(flow: flow ?? self.flow(), logger: Self.logger, webhookDelivery: webhookDelivery)
    }

    /// Runs `test` against the application (around `flow`, when given) served over HTTPS on a loopback port.
    func withServer<T: Sendable>(
        flow: ShipmentFlow? = nil, webhookDelivery: WebhookDeliveryPolicy = .standard,
        _ test: @Sendable (any TestClientProtocol) async throws -> T
    ) async throws -> T {
        try await application(flow: flow, webhookDelivery: webhookDelivery).test(.ahc(.https)) { client in
            try await test(client)
        }
    }

    static func basic(_ username: String, _ password: String) -> HTTPFields {
        [.authorization: "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()]
    }

    static var shopA: HTTPFields { basic("shop-a", shopAPassword) }
    static var operatorRW: HTTPFields { [.authorization: "Bearer \(operatorToken)"] }
    static var operatorRO: HTTPFields { [.authorization: "Bearer \(readOnlyToken)"] }
    static var shopB: HTTPFields { basic("shop-b", shopBPassword) }

    /// The fixture file `name` under Fixtures/requests.
    static func fixture(_ name: String) throws -> ByteBuffer {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return ByteBuffer(bytes: try Data(contentsOf: root.appendingPathComponent("Fixtures/requests/\(name)")))
    }
}

/// The parts of a Picqer answer the tests look at.
struct PicqerAnswer: Decodable {
    struct Label: Decodable {
        struct Documents: Decodable {
            var pdf: String
            var zpl: String?
        }
        var format: String
        var documents: Documents
    }
    struct Payload: Decodable {
        var carrier_key: String?
        var carrier_name: String
        var tracking_code: String
        var tracking_url: String
        var label: Label
    }
    var version: String?
    var data: Payload?
    var error_messages: [String]?

    init(_ buffer: ByteBuffer) throws {
        self = try JSONDecoder().decode(PicqerAnswer.self, from: Data(buffer.readableBytesView))
    }
}

extension HTTPFields {
    /// These fields with `other`'s values added or replaced.
    func merging(_ other: HTTPFields) -> HTTPFields {
        var result = self
        for field in other { result[field.name] = field.value }
        return result
    }
}
