import Crypto
import Foundation

/// The Standard Webhooks signature (https://www.standardwebhooks.com): HMAC-SHA256 with the endpoint's secret
/// over `"{webhook-id}.{webhook-timestamp}.{body}"`, sent as `webhook-signature: v1,BASE64`.
public enum WebhookSignature {
    /// The `webhook-signature` header value for one attempt.
    /// - Parameters:
    ///   - id: the `webhook-id` (the same on every attempt of a notification).
    ///   - timestamp: the `webhook-timestamp`: Unix seconds of this attempt.
    ///   - body: the exact bytes sent.
    ///   - key: the secret's key bytes (see ``Shipping/CarrierConfiguration/WebhookSecret``).
    public static func header(id: String, timestamp: Int, body: [UInt8], key: [UInt8]) -> String {
        var signed = Array("\(id).\(timestamp).".utf8)
        signed += body
        let code = HMAC<SHA256>.authenticationCode(for: signed, using: SymmetricKey(data: key))
        return "v1," + Data(code).base64EncodedString()
    }
}
