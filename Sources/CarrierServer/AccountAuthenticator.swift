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
/// - Logins with exactly the same credentials share one password check: while a check of a
///   `username:password` (against the same hash, in the same lane of the queue) is queued or running, further
///   logins with them wait for its result instead of queueing their own — a burst of one account's first
///   logins (Picqer sending many shipments right after a restart) costs one bcrypt check, not one each. Each
///   login still gets its own answer and, when the shared check fails, counts as one failure for the
///   throttle, as it would alone. The shared check runs in a task of its own, so it completes even when the
///   request that started it goes away. Checks in flight are keyed by the credentials' HMAC (never the
///   password) and leave the table when they end.
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

    /// A password check shared by the logins with the same credentials: their HMAC, the hash they are checked
    /// against (a reload may change it) and the lane of the queue.
    private struct FlightKey: Hashable {
        var digest: [UInt8]
        var passwordHash: String
        var priority: Bool
    }

    /// The remembered credentials by username, and the password checks queued or running now.
    private struct State {
        var cache: [String: CacheEntry] = [:]
        var flights: [FlightKey: Task<Bool?, Never>] = [:]
    }

    private let cacheKeyBytes: [UInt8] = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
    private let state = Mutex(State())
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

    /// Password checks queued or running now, each shared by the logins with its credentials.
    var checksInFlight: Int { state.withLock { $0.flights.count } }

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
        let account = directory.account(username: username)
        let hash = account?.passwordHash ?? directory.dummyHash
        if let account, state.withLock({ remembers($0, username, digest, hash: hash) }) {
            return .accepted(account)
        }

        if let refusal = throttle.check(address: address, username: username, settings: settings) {
            return .throttled(refusal)
        }
        let clean = throttle.hasNoRecentFailures(address: address, username: username)
        let key = FlightKey(digest: digest, passwordHash: hash, priority: clean)
        let maxWait = min(settings.maxQueueSeconds, secondsLeft - 0.5)
        // Remembered meanwhile (a shared check ended since the look above), joining the check of the same
        // credentials in flight, or starting one.
        let flight = state.withLock { state -> Task<Bool?, Never>? in
            if account != nil, remembers(state, username, digest, hash: hash) { return nil }
            if let running = state.flights[key] { return running }
            let started = Task {
                await self.check(
                    username: username, password: password, key: key, maxWait: maxWait, remember: account != nil)
            }
            state.flights[key] = started
            return started
        }
        guard let flight else { return account.map { .accepted($0) } ?? .refused }
        guard let verified = await flight.value else {
            var refusal = throttle.queueFull(address: address, username: username)
            if clean { refusal.hold = .zero }
            return .throttled(refusal)
        }
        guard verified, let account else {
            throttle.recordFailure(address: address, username: username, settings: settings)
            return .refused
        }
        return .accepted(account)
    }

    /// The shared password check of `key`: remembers the credentials when they match (and `remember`: they
    /// belong to an account), and leaves the table of checks in flight — both at once, so that a login never
    /// finds neither.
    private func check(username: String, password: String, key: FlightKey, maxWait: Double, remember: Bool) async
        -> Bool?
    {
        let verified = await queue.verify(password, hash: key.passwordHash, maxWait: maxWait, priority: key.priority)
        let now = ContinuousClock.now
        state.withLock { state in
            state.flights[key] = nil
            guard verified == true, remember else { return }
            if state.cache.count >= cacheLimit {
                state.cache = state.cache.filter { $0.value.expires > now }
                if state.cache.count >= cacheLimit { state.cache.removeAll(keepingCapacity: true) }
            }
            state.cache[username] = CacheEntry(
                digest: key.digest, passwordHash: key.passwordHash, expires: now + cacheLifetime)
        }
        return verified
    }

    /// Whether `username` with the credentials' HMAC `digest` verified against `hash` recently.
    private func remembers(_ state: State, _ username: String, _ digest: [UInt8], hash: String) -> Bool {
        guard let entry = state.cache[username], entry.expires > ContinuousClock.now,
            Self.constantTimeEqual(entry.digest, digest), entry.passwordHash == hash
        else { return false }
        return true
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
