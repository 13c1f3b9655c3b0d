import HummingbirdBcrypt
import Shipping

/// The accounts of one configuration, looked up by username and by API-key digest.
///
/// Made at start and again at each configuration reload; requests use the directory of the
/// configuration they started with.
final class AccountDirectory: Sendable {
    let accounts: [CarrierConfiguration.Account]
    private let byUsername: [String: Int]
    private let byAPIKey: [String: Int]
    /// A hash no password matches, at the cost of the configured hashes: an unknown username costs a
    /// password check like a known one.
    let dummyHash: String

    init(accounts: [CarrierConfiguration.Account]) {
        self.accounts = accounts
        var byUsername: [String: Int] = [:]
        var byAPIKey: [String: Int] = [:]
        for (index, account) in accounts.enumerated() {
            if account.passwordHash != nil, !account.username.isEmpty { byUsername[account.username] = index }
            if let key = account.apiKeySHA256 { byAPIKey[key] = index }
        }
        self.byUsername = byUsername
        self.byAPIKey = byAPIKey
        let cost = accounts.compactMap(\.passwordHash).first.flatMap { UInt8($0.dropFirst(4).prefix(2)) } ?? 10
        self.dummyHash = Bcrypt.hash("no such account", cost: max(4, min(cost, 14)))
    }

    /// The account that logs in with `username` and a password.
    func account(username: String) -> CarrierConfiguration.Account? {
        byUsername[username].map { accounts[$0] }
    }

    /// The account whose API key has the hex SHA-256 `digest`.
    func account(apiKeyDigest digest: String) -> CarrierConfiguration.Account? {
        byAPIKey[digest].map { accounts[$0] }
    }
}
