import Crypto
import Logging
import Shipping

/// Sliding windows of failed logins per client address and per username, shared by Picqer's Basic
/// authentication and the operator API's Bearer tokens, and the one log line of each throttling decision.
///
/// Usernames are kept and logged only as the first 16 hex digits of their SHA-256; passwords and tokens never.
final class LoginThrottle: Sendable {
    /// Why a login was refused without a check.
    enum Reason: String, Sendable {
        /// Too many failures from the client address.
        case address
        /// Too many failures for the username.
        case username
        /// The password-check queue is longer than `auth.max_queue_seconds`.
        case queue
    }

    /// A refusal: why, and after how many seconds to try again.
    struct Refusal: Error, Sendable {
        var reason: Reason
        var retryAfterSeconds: Int

        /// How long the answer is held before it goes out: half a second for a client throttled for its
        /// failures or refused by a full password-check queue after failing before (a guesser then gets at most
        /// two answers a second per connection instead of as many as the CPU can make, which kept verified
        /// customers waiting); none for a client without recent failures refused by a full queue.
        var hold: Duration = LoginThrottle.hold

        /// Holds the answer for ``hold``, then throws `answer` (the 429 in the shape of the API refusing).
        func answer(_ answer: some Error) async throws -> Never {
            if hold > .zero { try await Task.sleep(for: hold) }
            throw answer
        }
    }

    /// See ``Refusal/hold``.
    static let hold = Duration.milliseconds(500)

    private let addresses: FailureWindow
    private let usernames: FailureWindow
    /// Addresses refused by the queue recently: their next logins do not go first.
    private let crowding: FailureWindow
    private let logger: Logger

    init(logger: Logger, window: Duration = .seconds(60), capacity: Int = 50_000) {
        self.addresses = FailureWindow(window: window, capacity: capacity)
        self.usernames = FailureWindow(window: window, capacity: capacity)
        self.crowding = FailureWindow(window: window, capacity: capacity)
        self.logger = logger
    }

    /// The key (and log value) of a username: the first 16 hex digits of its SHA-256.
    static func usernameKey(_ username: String) -> String {
        SHA256.hash(data: Array(username.utf8)).prefix(8).map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }

    /// The refusal for a login from `address` with `username` (none for an API key or token), if throttled.
    func check(address: String, username: String?, settings: CarrierConfiguration.Auth) -> Refusal? {
        if let wait = addresses.retryAfter(address, limit: settings.failuresPerAddressPerMinute) {
            return refuse(.address, wait: wait, address: address, username: username)
        }
        if let username,
            let wait = usernames.retryAfter(Self.usernameKey(username), limit: settings.failuresPerUsernamePerMinute)
        {
            return refuse(.username, wait: wait, address: address, username: username)
        }
        return nil
    }

    /// Whether neither `address` nor `username` failed to log in within the window, and `address` was not
    /// refused by a full password-check queue (such logins go first).
    func hasNoRecentFailures(address: String, username: String) -> Bool {
        addresses.retryAfter(address, limit: 1) == nil && crowding.retryAfter(address, limit: 1) == nil
            && usernames.retryAfter(Self.usernameKey(username), limit: 1) == nil
    }

    /// The refusal of a login whose password check would wait too long; its address no longer goes first.
    func queueFull(address: String, username: String?) -> Refusal {
        crowding.recordFailure(address, limit: 1)
        return refuse(.queue, wait: .seconds(1), address: address, username: username)
    }

    /// Records a failed login from `address` with `username`.
    func recordFailure(address: String, username: String?, settings: CarrierConfiguration.Auth) {
        addresses.recordFailure(address, limit: settings.failuresPerAddressPerMinute)
        if let username {
            usernames.recordFailure(Self.usernameKey(username), limit: settings.failuresPerUsernamePerMinute)
        }
    }

    private func refuse(_ reason: Reason, wait: Duration, address: String, username: String?) -> Refusal {
        let seconds = max(1, Int(wait.inSeconds.rounded(.up)))
        var metadata: Logger.Metadata = [
            "reason": "\(reason.rawValue)", "address": "\(address)", "retry_after": "\(seconds)",
        ]
        if let username { metadata["username_sha256"] = "\(Self.usernameKey(username))" }
        logger.notice("Login throttled", metadata: metadata)
        CarrierMetrics.loginThrottled(reason: reason.rawValue)
        return Refusal(reason: reason, retryAfterSeconds: seconds)
    }
}
