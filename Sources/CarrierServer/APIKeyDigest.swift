import Crypto
import Labels

/// How API keys are stored in the configuration: the hex SHA-256 of the key.
///
/// API keys are long random strings, so a fast hash is enough (passwords, chosen by people,
/// get bcrypt instead).
public enum APIKeyDigest {
    /// Lower-case hex SHA-256 of `key`, as written in `api_key_sha256`.
    public static func hex(of key: String) -> String {
        hex(SHA256.hash(data: Array(key.utf8)))
    }

    /// Lower-case hex of `bytes`, two digits a byte.
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        Hex.string(bytes)
    }
}
