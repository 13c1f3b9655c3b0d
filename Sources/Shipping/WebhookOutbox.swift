import Foundation

/// What a store writes into its webhook outbox: which endpoints want which changes, how a notification's body
/// is made, and whom to wake after the commit.
///
/// The body is rendered in the transaction of the change (a snapshot: it shows the shipment as that change left
/// it, also when delivery is retried hours later) and stored once, so retries send the same bytes. It holds
/// personal data until the shipment's personal data is erased with the rest (see
/// ``ShipmentStore/erasePersonalData(createdBefore:at:)``).
public struct WebhookOutbox: Sendable {
    /// One endpoint and the changes it wants.
    public struct Subscription: Sendable, Equatable {
        /// The endpoint's URL: it identifies the endpoint in the outbox.
        public var endpoint: String
        /// The changes it wants.
        public var events: Set<WebhookEventType>

        /// Creates a subscription.
        public init(endpoint: String, events: Set<WebhookEventType>) {
            self.endpoint = endpoint
            self.events = events
        }
    }

    /// The endpoints.
    public var subscriptions: [Subscription]
    /// The body of the notification of a change of `type` to a shipment, as the change left it (`record`), at
    /// `date`.
    public var render: @Sendable (_ type: WebhookEventType, _ record: ShipmentRecord, _ date: Date) -> [UInt8]
    /// Signalled after every commit that wrote notifications.
    public let signal: OutboxSignal

    /// Creates an outbox.
    public init(
        subscriptions: [Subscription], signal: OutboxSignal = OutboxSignal(),
        render: @escaping @Sendable (_ type: WebhookEventType, _ record: ShipmentRecord, _ date: Date) -> [UInt8]
    ) {
        self.subscriptions = subscriptions
        self.signal = signal
        self.render = render
    }

    /// The endpoints that want changes of `type`, in configuration order.
    public func endpoints(for type: WebhookEventType) -> [String] {
        subscriptions.filter { $0.events.contains(type) }.map(\.endpoint)
    }
}
