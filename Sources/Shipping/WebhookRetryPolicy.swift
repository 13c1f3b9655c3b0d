import Foundation

/// When a failed webhook is tried again: exponential backoff from ``firstDelay`` doubling up to ``maximumDelay``,
/// giving up once ``giveUpAfter`` has passed since the change.
public struct WebhookRetryPolicy: Sendable, Equatable {
    /// Delay after the first failed attempt (5 s).
    public var firstDelay: Duration
    /// Longest delay between two attempts (1 h).
    public var maximumDelay: Duration
    /// Time after the change when a notification not yet delivered is given up (24 h).
    public var giveUpAfter: Duration

    /// The policy of the issue: 5 s doubling up to 1 h, giving up after 24 h.
    public static let standard = WebhookRetryPolicy(
        firstDelay: .seconds(5), maximumDelay: .seconds(3600), giveUpAfter: .seconds(86_400))

    /// Creates a policy.
    public init(firstDelay: Duration, maximumDelay: Duration, giveUpAfter: Duration) {
        self.firstDelay = firstDelay
        self.maximumDelay = maximumDelay
        self.giveUpAfter = giveUpAfter
    }

    /// The delay after the `attempts`-th failed attempt (1 = the first): 5 s, 10 s, 20 s, … at most 1 h.
    public func delay(afterFailedAttempts attempts: Int) -> Duration {
        var delay = firstDelay
        for _ in 1..<max(1, attempts) {
            delay *= 2
            if delay >= maximumDelay { return maximumDelay }
        }
        return min(delay, maximumDelay)
    }

    /// What follows the `attempts`-th failed attempt, at `now`, of a notification of a change made at
    /// `createdAt`: the time of the next attempt, or ``WebhookAttemptResult/Next/giveUp`` once the give-up time
    /// has passed (the last attempt is made at the give-up time at the latest).
    public func next(afterFailedAttempts attempts: Int, now: Date, createdAt: Date) -> WebhookAttemptResult.Next {
        let deadline = createdAt.addingTimeInterval(giveUpAfter.timeInterval)
        guard now < deadline else { return .giveUp }
        let next = now.addingTimeInterval(delay(afterFailedAttempts: attempts).timeInterval)
        return .retry(at: min(next, deadline))
    }
}

extension Duration {
    /// The duration in seconds.
    var timeInterval: TimeInterval {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
