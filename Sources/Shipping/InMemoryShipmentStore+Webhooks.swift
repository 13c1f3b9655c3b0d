import Foundation
import Synchronization

/// The webhook outbox of an ``InMemoryShipmentStore``: the same rules as the SQLite store's, in arrays.
struct InMemoryWebhookOutbox {
    struct Notification {
        var shipment: Int
        var type: WebhookEventType
        var body: [UInt8]?
    }

    struct Delivery {
        var notification: Int
        var shipment: Int
        var record: WebhookDeliveryRecord
    }

    var notifications: [Notification] = []
    /// In id order (id = index + 1).
    var deliveries: [Delivery] = []

    mutating func eraseBodies(ofShipment shipment: Int) {
        for index in notifications.indices where notifications[index].shipment == shipment {
            notifications[index].body = nil
        }
    }

    func hasPending(shipment: Int, endpoint: String) -> Bool {
        deliveries.contains { $0.shipment == shipment && $0.record.endpoint == endpoint && $0.record.state == .pending }
    }
}

extension InMemoryShipmentStore.State {
    /// Writes the notification of a change of `type` to shipment `index` and its deliveries (see the SQLite
    /// store's `announce`), and wakes the deliverer.
    mutating func announce(_ type: WebhookEventType, index: Int, into outbox: WebhookOutbox?) {
        guard let outbox else { return }
        let endpoints = outbox.endpoints(for: type)
        guard !endpoints.isEmpty else { return }
        let record = shipments[index]
        let date = record.updatedAt
        webhooks.notifications.append(.init(shipment: index, type: type, body: outbox.render(type, record, date)))
        let notification = webhooks.notifications.count - 1
        for endpoint in endpoints {
            let waits = webhooks.hasPending(shipment: index, endpoint: endpoint)
            webhooks.deliveries.append(
                .init(
                    notification: notification, shipment: index,
                    record: .init(
                        id: Int64(webhooks.deliveries.count + 1), type: type, trackingCode: record.trackingCode,
                        endpoint: endpoint, state: .pending, attempts: 0, lastStatus: nil, lastError: nil,
                        nextAttemptAt: waits ? nil : date, createdAt: date, deliveredAt: nil)))
        }
        outbox.signal.signal()
    }
}

extension InMemoryShipmentStore {
    /// Pending deliveries due at `now`, oldest due first.
    public func dueWebhookDeliveries(at now: Date, limit: Int) async throws -> [WebhookDelivery] {
        state.withLock { state in
            state.webhooks.deliveries
                .filter { $0.record.state == .pending && ($0.record.nextAttemptAt.map { $0 <= now } ?? false) }
                .sorted { ($0.record.nextAttemptAt!, $0.record.id) < ($1.record.nextAttemptAt!, $1.record.id) }
                .prefix(max(0, limit))
                .map { delivery in
                    WebhookDelivery(
                        id: delivery.record.id, type: delivery.record.type, trackingCode: delivery.record.trackingCode,
                        endpoint: delivery.record.endpoint,
                        body: state.webhooks.notifications[delivery.notification].body,
                        attempts: delivery.record.attempts, createdAt: delivery.record.createdAt)
                }
        }
    }

    /// The earliest next attempt of a pending delivery.
    public func nextWebhookAttempt() async throws -> Date? {
        state.withLock { state in
            state.webhooks.deliveries.filter { $0.record.state == .pending }.compactMap(\.record.nextAttemptAt).min()
        }
    }

    /// Records an attempt; a delivered or given-up delivery lets the next one of its shipment and endpoint go.
    public func recordWebhookAttempt(id: Int64, _ result: WebhookAttemptResult) async throws {
        let released = state.withLock { state -> Bool in
            let index = Int(id - 1)
            guard state.webhooks.deliveries.indices.contains(index),
                state.webhooks.deliveries[index].record.state == .pending
            else { return false }
            var record = state.webhooks.deliveries[index].record
            record.attempts += 1
            record.lastStatus = result.httpStatus
            record.lastError = result.error
            switch result.next {
            case .retry(let next):
                record.nextAttemptAt = next
                state.webhooks.deliveries[index].record = record
                return false
            case .delivered, .giveUp:
                record.state = result.next == .delivered ? .delivered : .failed
                record.deliveredAt = result.next == .delivered ? result.at : nil
                record.nextAttemptAt = nil
                state.webhooks.deliveries[index].record = record
                let shipment = state.webhooks.deliveries[index].shipment
                guard
                    let following = state.webhooks.deliveries.firstIndex(where: {
                        $0.shipment == shipment && $0.record.endpoint == record.endpoint && $0.record.state == .pending
                    })
                else { return false }
                state.webhooks.deliveries[following].record.nextAttemptAt = result.at
                return true
            }
        }
        if released { outbox?.signal.signal() }
    }

    /// Makes pending deliveries that wait for a later attempt due at `now`.
    @discardableResult
    public func resumeWebhookDeliveries(at now: Date) async throws -> Int {
        state.withLock { state in
            var count = 0
            for index in state.webhooks.deliveries.indices
            where state.webhooks.deliveries[index].record.state == .pending {
                if let next = state.webhooks.deliveries[index].record.nextAttemptAt, next > now {
                    state.webhooks.deliveries[index].record.nextAttemptAt = now
                    count += 1
                }
            }
            return count
        }
    }

    /// How many deliveries are pending.
    public func pendingWebhookDeliveryCount() async throws -> Int {
        state.withLock { state in state.webhooks.deliveries.count { $0.record.state == .pending } }
    }

    /// Deliveries in `state` (all when `nil`), newest first.
    public func webhookDeliveries(state wanted: WebhookDeliveryState?, limit: Int) async throws
        -> [WebhookDeliveryRecord]
    {
        state.withLock { state in
            Array(
                state.webhooks.deliveries.reversed().map(\.record).filter { wanted == nil || $0.state == wanted }
                    .prefix(max(0, limit)))
        }
    }
}
