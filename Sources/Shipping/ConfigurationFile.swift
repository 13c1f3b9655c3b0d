import Foundation

/// The operator's configuration file as written, before validation.
///
/// Every field is optional here so that a missing key becomes a clear message from
/// ``CarrierConfiguration/validate(_:environment:baseDirectory:)`` instead of a decoding error.
/// Keys are snake_case in the YAML file.
public struct ConfigurationFile: Decodable, Sendable {
    /// `server:` section.
    public struct Server: Decodable, Sendable {
        var host: String?
        var port: Int?
        var publicBaseURL: String?
        var tls: TLS?
        var plainHTTP: Bool?
        var requestDeadlineSeconds: Double?
        var maxBodyBytes: Int?
        var maxConcurrentLabels: Int?
        var trustedProxies: [String]?

        enum CodingKeys: String, CodingKey {
            case host, port, tls
            case trustedProxies = "trusted_proxies"
            case publicBaseURL = "public_base_url"
            case plainHTTP = "plain_http"
            case requestDeadlineSeconds = "request_deadline_seconds"
            case maxBodyBytes = "max_body_bytes"
            case maxConcurrentLabels = "max_concurrent_labels"
        }
    }

    /// `server.tls:` section.
    public struct TLS: Decodable, Sendable {
        var certificate: String?
        var privateKey: String?
        var minimumVersion: String?
        var profile: String?
        var reloadIntervalSeconds: Double?

        enum CodingKeys: String, CodingKey {
            case certificate, profile
            case reloadIntervalSeconds = "reload_interval_seconds"
            case privateKey = "private_key"
            case minimumVersion = "minimum_version"
        }
    }

    /// `database:` section.
    public struct Database: Decodable, Sendable {
        var path: String?
        var url: String?
    }

    /// `carrier:` section.
    public struct Carrier: Decodable, Sendable {
        var key: String?
        var name: String?
        var trackingURL: String?
        var trackingCode: TrackingCode?
        var currency: String?
        var logo: String?

        enum CodingKeys: String, CodingKey {
            case key, name, currency, logo
            case trackingURL = "tracking_url"
            case trackingCode = "tracking_code"
        }
    }

    /// `carrier.tracking_code:` section.
    public struct TrackingCode: Decodable, Sendable {
        var scheme: String?
        var prefix: String?
        var country: String?
        var digits: Int?
    }

    /// One entry of `services:`.
    public struct Service: Decodable, Sendable {
        var value: String?
        var name: String?
        var code: String?
        var maxWeightGrams: Int?
        var documentsOnly: Bool?

        enum CodingKeys: String, CodingKey {
            case value, name, code
            case maxWeightGrams = "max_weight_grams"
            case documentsOnly = "documents_only"
        }
    }

    /// One entry of `accounts[].sender_addresses:`.
    public struct SenderAddress: Decodable, Sendable {
        var id: Int?
        var name: String?
        var street: String?
        var zipcode: String?
        var city: String?
        var country: String?
        var taxID: String?

        enum CodingKeys: String, CodingKey {
            case id, name, street, zipcode, city, country
            case taxID = "tax_id"
        }
    }

    /// `accounts[].customs:` section.
    public struct Customs: Decodable, Sendable {
        var category: String?
        var declarationCopies: Int?
        var invoiceCopies: Int?
        var incoterm: String?

        enum CodingKeys: String, CodingKey {
            case category, incoterm
            case declarationCopies = "declaration_copies"
            case invoiceCopies = "invoice_copies"
        }
    }

    /// One entry of `accounts:`.
    public struct Account: Decodable, Sendable {
        var username: String?
        var passwordHash: String?
        var apiKeySHA256: String?
        var displayName: String?
        var senderAddresses: [SenderAddress]?
        var services: [String]?
        var defaultService: String?
        var defaultSenderAddress: Int?
        var insuredByDefault: Bool?
        var customs: Customs?

        enum CodingKeys: String, CodingKey {
            case username, services, customs
            case passwordHash = "password_hash"
            case apiKeySHA256 = "api_key_sha256"
            case displayName = "display_name"
            case senderAddresses = "sender_addresses"
            case defaultService = "default_service"
            case defaultSenderAddress = "default_sender_address"
            case insuredByDefault = "insured_by_default"
        }
    }

    var server: Server?
    var database: Database?
    var retention: Retention?
    var metrics: Metrics?
    var log: Log?
    var carrier: Carrier?
    var services: [Service]?
    var accounts: [Account]?
    var operators: [Operator]?
    var webhooks: [Webhook]?
    var auth: Auth?
}
