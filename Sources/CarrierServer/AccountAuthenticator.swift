import Crypto
import Foundation
import Shipping
import Synchronization

/// Checks HTTP Basic credentials against the accounts of a configuration, throttling failed logins.
///
/// - `username:password` is checked with bcrypt on the ``PasswordCheckQueue``. A successful check is
///   remembered for a while as an HMAC of the credentials under a key made at start (with the password hash
///   it matched, so a changed password in a reloaded configuration is checked again), so that Picqer's
///   steady traffic does not pay bcrypt on every request — and keeps being accepted while someone guesses
///   that account's password and its username is throttled.
/// - An empty username with an API key as password (what Picqer sends when the user fills in only
///   "API key") is matched by the key's SHA-256.
/// - An unknown username costs a bcrypt check against a dummy hash, like a wrong password, counts as a
///   failure for that username like a wrong password, and gets the same answer.
/// - Credentials not remembered are refused at once (``LoginThrottle/Refusal``) while their client
///   address or username has too many recent failures, or when the password check would wait longer
///   than `auth.max_queue_seconds` (or than the request's deadline leaves).
///
/// One authenticator lives as long as the server, across configuration reloads.
final class AccountAuthenticator: Sendable {
    /// What became of a login.
    enum Outcome: Sendable {
        /// The credentials belong to this account.
        case accepted(CarrierConfiguration.Account)
        /// Wrong credentials (or an unknown username).
        case refused
        /// Not checked: try again later.
        case throttled(LoginThrottle.Refusal)
    }

    private struct CacheEntry {
        var digest: [UInt8]
        var passwordHash: String
        var expires: ContinuousClock.Instant
    }

    private let cacheKeyBytes: [UInt8] = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
    private let cache = Mutex<[String: CacheEntry]>([:])
    private let verifiedAPIKeys = Mutex<Set<String>>([])
    private let cacheLifetime: Duration
    private let cacheLimit: Int
    let throttle: LoginThrottle
    let queue = PasswordCheckQueue()

    init(throttle: LoginThrottle, cacheLifetime: Duration = .seconds(300), cacheLimit: Int = 4096) {
        self.throttle = throttle
        self.cacheLifetime = cacheLifetime
        self.cacheLimit = cacheLimit
    }

    /// Checks `username:password` from `address` against `directory`.
    /// - Parameter secondsLeft: what is left of the request's deadline; a password check that would not be
    ///   done by then is not started.
    func authenticate(
        username: String, password: String, address: String, directory: AccountDirectory,
        settings: CarrierConfiguration.Auth, secondsLeft: Double = .infinity
    ) async -> Outcome {
        if username.isEmpty {
            return authenticate(apiKey: password, address: address, directory: directory, settings: settings)
        }
        let digest = Array(
            HMAC<SHA256>.authenticationCode(
                for: Array("\(username):\(password)".utf8), using: SymmetricKey(data: cacheKeyBytes)))
        let now = ContinuousClock.now
        let account = directory.account(username: username)
        let remembered = cache.withLock { cache -> Bool in
            guard let entry = cache[username], entry.expires > now, Self.constantTimeEqual(entry.digest, digest),
                entry.passwordHash == account?.passwordHash
            else { return false }
            return true
        }
        if remembered, let account { return .accepted(account) }

        if let refusal = throttle.check(address: address, username: username, settings: settings) {
            return .throttled(refusal)
        }
        let hash = account?.passwordHash ?? directory.dummyHash
        let maxWait = min(settings.maxQueueSeconds, secondsLeft - 0.5)
        let clean = throttle.hasNoRecentFailures(address: address, username: username)
        guard let verified = await queue.verify(password, hash: hash, maxWait: maxWait, priority: clean) else {
            var refusal = throttle.queueFull(address: address, username: username)
            if clean { refusal.hold = .zero }
            return .throttled(refusal)
        }
        guard verified, let account else {
            throttle.recordFailure(address: address, username: username, settings: settings)
            return .refused
        }
        cache.withLock { cache in
            if cache.count >= cacheLimit {
                cache = cache.filter { $0.value.expires > now }
                if cache.count >= cacheLimit { cache.removeAll(keepingCapacity: true) }
            }
            cache[username] = CacheEntry(digest: digest, passwordHash: hash, expires: now + cacheLifetime)
        }
        return .accepted(account)
    }

    /// An API key with an empty username: a SHA-256 lookup, no bcrypt. A key that worked before is accepted
    /// also while its address is throttled.
    private func authenticate(
        apiKey: String, address: String, directory: AccountDirectory, settings: CarrierConfiguration.Auth
    ) -> Outcome {
        guard !apiKey.isEmpty else { return .refused }
        let digest = APIKeyDigest.hex(of: apiKey)
        let account = directory.account(apiKeyDigest: digest)
        if let account, verifiedAPIKeys.withLock({ $0.contains(digest) }) { return .accepted(account) }
        if let refusal = throttle.check(address: address, username: nil, settings: settings) {
            return .throttled(refusal)
        }
        guard let account else {
            throttle.recordFailure(address: address, username: nil, settings: settings)
            return .refused
        }
        verifiedAPIKeys.withLock { keys in
            if keys.count >= cacheLimit { keys.removeAll(keepingCapacity: true) }
            keys.insert(digest)
        }
        return .accepted(account)
    }

    private static func constantTimeEqual(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for index in lhs.indices { difference |= lhs[index] ^ rhs[index] }
        return difference == 0
    }
}
