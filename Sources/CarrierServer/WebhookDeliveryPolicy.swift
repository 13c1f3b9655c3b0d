import Shipping

/// How the server delivers webhooks: retries, timeout, polling and parallelism.
public struct WebhookDeliveryPolicy: Sendable {
    /// Backoff and give-up time (5 s doubling up to 1 h, give up after 24 h).
    public var retry: WebhookRetryPolicy
    /// How long an endpoint has to answer (10 s); longer counts as a failed attempt.
    public var timeout: Duration
    /// How often the outbox is looked at without a wake-up (after a commit in another process, e.g.
    /// `picqer-carrier import-events`).
    public var pollInterval: Duration
    /// Deliveries sent at the same time (to different shipments or endpoints).
    public var concurrency: Int

    /// The server's policy.
    public static let standard = WebhookDeliveryPolicy(
        retry: .standard, timeout: .seconds(10), pollInterval: .seconds(3), concurrency: 8)

    /// Creates a policy.
    public init(retry: WebhookRetryPolicy, timeout: Duration, pollInterval: Duration, concurrency: Int) {
        self.retry = retry
        self.timeout = timeout
        self.pollInterval = pollInterval
        self.concurrency = concurrency
    }
}
