import Crypto
import Foundation
import HummingbirdBcrypt
import NIOPosix
import Shipping
import Synchronization

/// Checks HTTP Basic credentials against the configured accounts.
///
/// - `username:password` is checked with bcrypt, off the cooperative thread pool. A successful
///   check is remembered for a while as an HMAC of the credentials under a key made at start,
///   so that Picqer's steady traffic does not pay bcrypt on every request.
/// - An empty username with an API key as password (what Picqer sends when the user fills in
///   only "API key") is matched by the key's SHA-256.
/// - An unknown username costs a bcrypt check against a dummy hash, like a wrong password.
///
/// bcrypt runs on a thread pool of its own, so a flood of wrong passwords queues there and
/// cannot delay the labels of accounts whose credentials are already verified.
final class AccountAuthenticator: Sendable {
    private struct CacheEntry {
        var digest: [UInt8]
        var accountIndex: Int
        var expires: ContinuousClock.Instant
    }

    private let accounts: [CarrierConfiguration.Account]
    private let byUsername: [String: Int]
    private let byAPIKey: [String: Int]
    private let cacheKeyBytes: [UInt8] = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
    private let cache = Mutex<[String: CacheEntry]>([:])
    private let cacheLifetime: Duration
    private let cacheLimit: Int
    private let dummyHash: String
    private let bcryptPool: NIOThreadPool

    init(accounts: [CarrierConfiguration.Account], cacheLifetime: Duration = .seconds(300), cacheLimit: Int = 4096) {
        self.accounts = accounts
        var byUsername: [String: Int] = [:]
        var byAPIKey: [String: Int] = [:]
        for (index, account) in accounts.enumerated() {
            if account.passwordHash != nil, !account.username.isEmpty { byUsername[account.username] = index }
            if let key = account.apiKeySHA256 { byAPIKey[key] = index }
        }
        self.byUsername = byUsername
        self.byAPIKey = byAPIKey
        self.cacheLifetime = cacheLifetime
        self.cacheLimit = cacheLimit
        // Same cost as the first configured hash, so unknown users take as long as known ones.
        let cost = accounts.compactMap(\.passwordHash).first.flatMap { UInt8($0.dropFirst(4).prefix(2)) } ?? 10
        self.dummyHash = Bcrypt.hash("no such account", cost: max(4, min(cost, 14)))
        self.bcryptPool = NIOThreadPool(numberOfThreads: 1)
        bcryptPool.start()
    }

    deinit {
        bcryptPool.shutdownGracefully { _ in }
    }

    /// The account these credentials belong to, or `nil`.
    func authenticate(username: String, password: String) async -> CarrierConfiguration.Account? {
        if username.isEmpty {
            guard !password.isEmpty else { return nil }
            let digest = APIKeyDigest.hex(of: password)
            return byAPIKey[digest].map { accounts[$0] }
        }
        let digest = Array(
            HMAC<SHA256>.authenticationCode(
                for: Array("\(username):\(password)".utf8), using: SymmetricKey(data: cacheKeyBytes)))
        let now = ContinuousClock.now
        let cached = cache.withLock { cache -> Int? in
            guard let entry = cache[username], entry.expires > now, Self.constantTimeEqual(entry.digest, digest) else {
                return nil
            }
            return entry.accountIndex
        }
        if let cached { return accounts[cached] }

        let index = byUsername[username]
        let hash = index.flatMap { accounts[$0].passwordHash } ?? dummyHash
        let verified =
            (try? await bcryptPool.runIfActive { Bcrypt.verify(password, hash: hash) }) ?? false
        guard verified, let index else { return nil }
        cache.withLock { cache in
            if cache.count >= cacheLimit {
                cache = cache.filter { $0.value.expires > now }
                if cache.count >= cacheLimit { cache.removeAll(keepingCapacity: true) }
            }
            cache[username] = CacheEntry(digest: digest, accountIndex: index, expires: now + cacheLifetime)
        }
        return accounts[index]
    }

    private static func constantTimeEqual(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for index in lhs.indices { difference |= lhs[index] ^ rhs[index] }
        return difference == 0
    }
}
