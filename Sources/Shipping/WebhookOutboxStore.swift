import Foundation

/// The webhook outbox of a ``ShipmentStore``.
///
/// Every change a subscription wants (``WebhookEventType``) writes one notification (its body) and one delivery
/// row per endpoint that wants it, in the transaction of the change itself: a change is never committed without
/// its notifications, nor a notification without its change. Deliveries are ordered per shipment and endpoint:
/// only the oldest pending delivery of a shipment to an endpoint is ever due; the next one becomes due when it is
/// delivered or given up.
public protocol WebhookOutboxStore: Sendable {
    /// The outbox this store writes into (notifications only for the endpoints it lists now); `nil` for a store
    /// opened without one (nothing is ever written).
    var outbox: WebhookOutbox? { get }
    /// Pending deliveries whose next attempt is due at `now`, oldest due first, at most `limit` — at most one
    /// per shipment and endpoint. A store that several instances share *leases* what it returns to the caller
    /// (see the PostgreSQL store): until the attempt is recorded or the lease runs out, no other instance gets
    /// the same delivery, so a notification is never sent by two instances at once.
    func dueWebhookDeliveries(at now: Date, limit: Int) async throws -> [WebhookDelivery]
    /// The earliest next attempt of any pending delivery, or `nil` when nothing is pending.
    func nextWebhookAttempt() async throws -> Date?
    /// Records an attempt of pending delivery `id`: delivered, retried later, or given up. Once it is delivered
    /// or given up, the next pending delivery of the same shipment to the same endpoint becomes due.
    func recordWebhookAttempt(id: Int64, _ result: WebhookAttemptResult) async throws
    /// Makes every pending delivery that waits for a later attempt due at `now` (when the server starts: what
    /// was not delivered before a stop or crash goes out at once). Deliveries waiting behind an earlier one of
    /// the same shipment and endpoint keep waiting.
    /// - Returns: how many were made due.
    @discardableResult
    func resumeWebhookDeliveries(at now: Date) async throws -> Int
    /// How many deliveries are pending (due, waiting for a retry, or waiting behind an earlier one): the
    /// backlog.
    func pendingWebhookDeliveryCount() async throws -> Int
    /// Deliveries in `state` (all when `nil`), newest first, at most `limit`.
    func webhookDeliveries(state: WebhookDeliveryState?, limit: Int) async throws -> [WebhookDeliveryRecord]
}
