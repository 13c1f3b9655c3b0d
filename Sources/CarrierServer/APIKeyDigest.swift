import Crypto
import Foundation

/// How API keys are stored in the configuration: the hex SHA-256 of the key.
///
/// API keys are long random strings, so a fast hash is enough (passwords, chosen by people,
/// get bcrypt instead).
public enum APIKeyDigest {
    /// Lower-case hex SHA-256 of `key`, as written in `api_key_sha256`.
    public static func hex(of key: String) -> String {
        SHA256.hash(data: Array(key.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
