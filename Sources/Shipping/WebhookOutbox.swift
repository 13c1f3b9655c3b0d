import Foundation
import Synchronization

/// What a store writes into its webhook outbox: which endpoints want which changes, how a notification's body
/// is made, and whom to wake after the commit.
///
/// The body is rendered in the transaction of the change (a snapshot: it shows the shipment as that change left
/// it, also when delivery is retried hours later) and stored once, so retries send the same bytes. It holds
/// personal data until the shipment's personal data is erased with the rest (see
/// ``ShipmentStore/erasePersonalData(createdBefore:at:)``).
///
/// Copies share one state: ``update(subscriptions:render:)`` (a configuration reload) changes what every copy —
/// the store's among them — announces from then on.
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

    /// How a notification's body is made: of a change of `type` to a shipment, as the change left it
    /// (`record`), at `date`.
    public typealias Render = @Sendable (_ type: WebhookEventType, _ record: ShipmentRecord, _ date: Date) -> [UInt8]

    private struct State: Sendable {
        var subscriptions: [Subscription]
        var render: Render
    }

    private final class SharedState: Sendable {
        let value: Mutex<State>
        init(_ state: State) { value = Mutex(state) }
    }

    private let state: SharedState
    /// Signalled after every commit that wrote notifications.
    public let signal: OutboxSignal

    /// Creates an outbox.
    public init(subscriptions: [Subscription], signal: OutboxSignal = OutboxSignal(), render: @escaping Render) {
        self.state = SharedState(State(subscriptions: subscriptions, render: render))
        self.signal = signal
    }

    /// The endpoints, in configuration order.
    public var subscriptions: [Subscription] {
        state.value.withLock { $0.subscriptions }
    }

    /// How a notification's body is made now.
    public var render: Render {
        state.value.withLock { $0.render }
    }

    /// Makes `subscriptions` and `render` those of every change announced from now on (in every copy).
    public func update(subscriptions: [Subscription], render: @escaping Render) {
        state.value.withLock { $0 = State(subscriptions: subscriptions, render: render) }
    }

    /// The endpoints that want changes of `type`, in configuration order.
    public func endpoints(for type: WebhookEventType) -> [String] {
        state.value.withLock { state in
            state.subscriptions.filter { $0.events.contains(type) }.map(\.endpoint)
        }
    }
}
