import Foundation

/// Where a notification to one endpoint stands.
public enum WebhookDeliveryState: String, Sendable, CaseIterable {
    /// Not delivered yet: due, waiting for its next attempt, or waiting behind an earlier notification of the
    /// same shipment to the same endpoint.
    case pending
    /// The endpoint answered 2xx.
    case delivered
    /// Given up (no 2xx within the give-up time, or it could not be sent at all).
    case failed
}

/// A notification due to be sent to one endpoint: what the deliverer needs for one attempt.
public struct WebhookDelivery: Sendable, Equatable {
    /// The outbox row's id: the `webhook-id`, the same on every attempt.
    public var id: Int64
    /// The change announced.
    public var type: WebhookEventType
    /// The shipment's tracking code (for logs: it is not personal data).
    public var trackingCode: String
    /// The endpoint's URL.
    public var endpoint: String
    /// The JSON body, as stored with the change; `nil` when the shipment's personal data was erased before the
    /// notification could be delivered.
    public var body: [UInt8]?
    /// Attempts made so far.
    public var attempts: Int
    /// When the change committed (the give-up time counts from here).
    public var createdAt: Date

    /// Creates a due delivery (stores build them).
    public init(
        id: Int64, type: WebhookEventType, trackingCode: String, endpoint: String, body: [UInt8]?, attempts: Int,
        createdAt: Date
    ) {
        self.id = id
        self.type = type
        self.trackingCode = trackingCode
        self.endpoint = endpoint
        self.body = body
        self.attempts = attempts
        self.createdAt = createdAt
    }
}

/// A notification to one endpoint as the operator sees it (`GET /api/v1/webhook-deliveries`): no body, no
/// personal data.
public struct WebhookDeliveryRecord: Sendable, Equatable {
    /// The outbox row's id (the `webhook-id` header).
    public var id: Int64
    /// The change announced.
    public var type: WebhookEventType
    /// The shipment's tracking code.
    public var trackingCode: String
    /// The endpoint's URL.
    public var endpoint: String
    /// Where it stands.
    public var state: WebhookDeliveryState
    /// Attempts made so far.
    public var attempts: Int
    /// HTTP status of the last attempt, when the endpoint answered.
    public var lastStatus: Int?
    /// Why the last attempt failed, when it did (error type or HTTP status; never a body).
    public var lastError: String?
    /// When the next attempt is due; `nil` once delivered or failed, and while it waits behind an earlier
    /// notification of the same shipment to the same endpoint.
    public var nextAttemptAt: Date?
    /// When the change committed.
    public var createdAt: Date
    /// When the endpoint answered 2xx.
    public var deliveredAt: Date?

    /// Creates a record (stores build them).
    public init(
        id: Int64, type: WebhookEventType, trackingCode: String, endpoint: String, state: WebhookDeliveryState,
        attempts: Int, lastStatus: Int?, lastError: String?, nextAttemptAt: Date?, createdAt: Date,
        deliveredAt: Date?
    ) {
        self.id = id
        self.type = type
        self.trackingCode = trackingCode
        self.endpoint = endpoint
        self.state = state
        self.attempts = attempts
        self.lastStatus = lastStatus
        self.lastError = lastError
        self.nextAttemptAt = nextAttemptAt
        self.createdAt = createdAt
        self.deliveredAt = deliveredAt
    }
}

/// What one attempt to deliver a notification came to, as the store records it.
public struct WebhookAttemptResult: Sendable, Equatable {
    /// What happens next.
    public enum Next: Sendable, Equatable {
        /// The endpoint answered 2xx: done.
        case delivered
        /// Try again at this time.
        case retry(at: Date)
        /// Give up: the delivery is failed.
        case giveUp
    }

    /// When the attempt ended.
    public var at: Date
    /// The endpoint's HTTP status, when it answered.
    public var httpStatus: Int?
    /// Why it failed (error type or status), when it did.
    public var error: String?
    /// What happens next.
    public var next: Next

    /// Creates a result.
    public init(at: Date, httpStatus: Int?, error: String?, next: Next) {
        self.at = at
        self.httpStatus = httpStatus
        self.error = error
        self.next = next
    }
}
