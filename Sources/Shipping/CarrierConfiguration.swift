import Foundation
import Labels

/// The validated operator configuration: server, carrier, services and customer accounts.
///
/// Made from a YAML file with ``load(path:environment:)``; every problem in the file is
/// reported at once, each naming its key.
public struct CarrierConfiguration: Sendable {
    /// Lowest TLS protocol version the server accepts.
    public enum TLSVersion: String, Sendable {
        /// TLS 1.1 — only when an operator explicitly needs it.
        case v1_1 = "1.1"
        /// TLS 1.2 (the default minimum).
        case v1_2 = "1.2"
        /// TLS 1.3.
        case v1_3 = "1.3"
    }

    /// Where and how the server listens.
    public struct Server: Sendable {
        /// Address to bind, e.g. `0.0.0.0`.
        public var host: String
        /// TCP port (0 picks a free port, for tests).
        public var port: Int
        /// Public base URL of this server, used for tracking links.
        public var publicBaseURL: String
        /// PEM certificate chain and key paths; `nil` only in plain-HTTP mode.
        public var tls: TLSFiles?
        /// Lowest TLS version accepted.
        public var minimumTLSVersion: TLSVersion
        /// Serve plain HTTP (behind a TLS-terminating reverse proxy). Explicit opt-in.
        public var plainHTTP: Bool
        /// Time within which every shipment request is answered, in seconds (≤ 19).
        public var requestDeadlineSeconds: Double
        /// Largest request body accepted, in bytes.
        public var maxBodyBytes: Int
        /// How many labels may be rendered at the same time; more requests wait (within the deadline).
        public var maxConcurrentLabels: Int
        /// Reverse proxies whose `X-Forwarded-For` is believed (`server.trusted_proxies`; none by default).
        public var trustedProxies: [IPAddressRange] = []
        /// Protocol versions and cipher suites offered (`server.tls.profile`).
        public var tlsProfile: TLSProfile = .intermediate
        /// Seconds between looks for renewed certificate files (`server.tls.reload_interval_seconds`, default 30).
        public var certificateReloadSeconds: Double = 30
    }

    /// Paths of the PEM files for TLS.
    public struct TLSFiles: Sendable {
        /// Certificate chain, leaf first.
        public var certificatePath: String
        /// Private key.
        public var privateKeyPath: String
    }

    /// Who the carrier is, as told to Picqer and printed on labels.
    public struct Carrier: Sendable {
        /// One of Picqer's carrier keys, e.g. `courier`.
        public var key: String
        /// Name shown to the shop's customer and printed on labels.
        public var name: String
        /// Tracking link with a `{tracking_code}` placeholder.
        public var trackingURLTemplate: String {
            didSet { trackingURLParts = Self.parts(of: trackingURLTemplate) }
        }
        /// The template split at its placeholders, once (a feed page makes hundreds of links).
        private var trackingURLParts: [String]
        /// How tracking codes are made.
        public var trackingCode: TrackingCodeScheme
        /// ISO 4217 currency of values on customs documents.
        public var currency: String
        /// The carrier's logo, printed on every label, when `carrier.logo` names a PNG file.
        public var logo: LabelLogo? = nil

        /// A carrier; see the properties.
        public init(
            key: String, name: String, trackingURLTemplate: String, trackingCode: TrackingCodeScheme,
            currency: String, logo: LabelLogo? = nil
        ) {
            self.key = key
            self.name = name
            self.trackingURLTemplate = trackingURLTemplate
            self.trackingURLParts = Self.parts(of: trackingURLTemplate)
            self.trackingCode = trackingCode
            self.currency = currency
            self.logo = logo
        }

        /// The public tracking link of a tracking code.
        public func trackingURL(for code: String) -> String {
            trackingURLParts.joined(separator: code)
        }

        private static func parts(of template: String) -> [String] {
            template.components(separatedBy: "{tracking_code}")
        }
    }

    /// A service the carrier sells.
    public struct Service: Sendable, Equatable {
        /// Value Picqer sends back in the profile's `shipping_method`.
        public var value: String
        /// Name shown in Picqer and printed on the label.
        public var name: String
        /// Short product code printed large on the label.
        public var code: String
        /// Heaviest parcel accepted, in grams.
        public var maxWeightGrams: Int
        /// Documents only: parcels leaving the EU customs union need no goods declaration.
        public var documentsOnly: Bool
    }

    /// A sender (pickup) address of an account.
    public struct SenderAddress: Sendable, Equatable {
        /// Identifier Picqer sends back in the profile's `sender_address`.
        public var id: Int
        /// Company name.
        public var name: String
        /// Street and house number.
        public var street: String
        /// Postal code.
        public var zipcode: String
        /// City.
        public var city: String
        /// ISO 3166-1 alpha-2 country code.
        public var country: String
        /// VAT or EORI number printed on customs documents.
        public var taxID: String?

        /// How the address is listed in Picqer's profile form.
        public var summary: String { "\(name), \(street), \(city)" }
    }

    /// How an account's customs documents are made.
    public struct CustomsSettings: Sendable {
        /// CN23 category of item.
        public var category: CustomsContent.Category
        /// Number of CN23 copies.
        public var declarationCopies: Int
        /// Number of commercial invoice copies.
        public var invoiceCopies: Int
        /// Incoterm on the invoice.
        public var incoterm: String
    }

    /// A customer of the carrier, as Picqer authenticates it.
    public struct Account: Sendable {
        /// Basic-auth username (may be empty when only an API key is used).
        public var username: String
        /// bcrypt hash of the password, when the account logs in with username + password.
        public var passwordHash: String?
        /// Hex SHA-256 of the API key, when the account logs in with an API key and an empty username.
        public var apiKeySHA256: String?
        /// Name of the customer (for the operator; not sent to Picqer).
        public var displayName: String
        /// Sender addresses the account may choose.
        public var senderAddresses: [SenderAddress]
        /// Services the account may choose, in the carrier's order.
        public var services: [Service]
        /// Service preselected in Picqer.
        public var defaultService: Service
        /// Sender address preselected in Picqer.
        public var defaultSenderAddress: SenderAddress
        /// Whether insurance is preselected.
        public var insuredByDefault: Bool
        /// Customs document settings.
        public var customs: CustomsSettings
    }

    /// Server settings.
    public var server: Server
    /// Path of the SQLite database file.
    public var databasePath: String
    /// The PostgreSQL database (`database.url` or `DATABASE_URL`), which replaces the SQLite file when set.
    public var postgres: PostgresLocation? = nil
    /// Carrier identity and tracking-code scheme.
    public var carrier: Carrier
    /// All services the carrier sells.
    public var services: [Service]
    /// Customer accounts.
    public var accounts: [Account]
    /// Who may use the operator API (`/api/v1`), and for what.
    public var operators: [Operator] = []
    /// How long personal data is kept.
    public var retention = Retention()
    /// The Prometheus metrics listener, when configured.
    public var metrics: Metrics? = nil
    /// How `serve` writes its log, unless the command line or `LOG_FORMAT` says otherwise.
    public var logFormat = LogFormat.text
    /// Receivers of signed webhooks about shipment changes.
    public var webhooks: [Webhook] = []
    /// Throttling of failed logins and the bound of the password-check queue.
    public var auth = Auth()
}
