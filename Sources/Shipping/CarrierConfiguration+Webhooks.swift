import Foundation

extension CarrierConfiguration {
    /// One receiver of signed webhooks (`webhooks:` in the configuration file): the carrier's own system.
    public struct Webhook: Sendable, Equatable {
        /// Where notifications are POSTed: `https://…`, or `http://` to 127.0.0.1 or localhost only.
        public var url: String
        /// The key that signs every notification (Standard Webhooks `webhook-signature`).
        public var secret: WebhookSecret
        /// The changes this receiver wants.
        public var events: Set<WebhookEventType>

        /// Creates a webhook endpoint.
        public init(url: String, secret: WebhookSecret, events: Set<WebhookEventType>) {
            self.url = url
            self.secret = secret
            self.events = events
        }
    }

    /// A webhook signing key. Written in the configuration either in the Standard Webhooks form
    /// `whsec_` + base64 of 24 to 64 random bytes (the key is the decoded bytes), or as plain text of at least
    /// 16 characters (the key is its UTF-8 bytes). Never printed: its description is a placeholder.
    public struct WebhookSecret: Sendable, Equatable, CustomStringConvertible {
        /// The HMAC-SHA256 key.
        public var key: [UInt8]

        /// A secret with `key` as HMAC key.
        public init(key: [UInt8]) {
            self.key = key
        }

        /// The secret as written in the configuration, or `nil` with the reason when it is not usable.
        public static func parse(_ text: String) -> Result<WebhookSecret, SecretProblem> {
            if text.hasPrefix("whsec_") {
                guard let data = Data(base64Encoded: String(text.dropFirst("whsec_".count))) else {
                    return .failure(.init(message: "the part after whsec_ must be base64"))
                }
                guard (24...64).contains(data.count) else {
                    return .failure(.init(message: "whsec_ secrets hold 24 to 64 bytes, this one \(data.count)"))
                }
                return .success(.init(key: Array(data)))
            }
            guard text.count >= 16 else {
                return .failure(
                    .init(message: "expected at least 16 characters, or whsec_ followed by base64 of 24 to 64 bytes"))
            }
            return .success(.init(key: Array(text.utf8)))
        }

        /// Why a secret was not accepted (never contains the secret).
        public struct SecretProblem: Error, Sendable {
            /// What is wrong.
            public var message: String
        }

        /// A placeholder: secrets are never printed.
        public var description: String { "(secret)" }
    }
}
