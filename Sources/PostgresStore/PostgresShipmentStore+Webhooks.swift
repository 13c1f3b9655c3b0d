import Foundation
import Shipping

/// Webhooks are not yet delivered from a PostgreSQL database: configuration refuses `webhooks:` together with
/// `database.url` (``CarrierConfiguration``'s checker says so), so this store has no outbox and writes no
/// notifications; the outbox queries below answer for an empty outbox.
extension PostgresShipmentStore {
    /// `nil`: no notifications are written (webhooks need the SQLite store for now).
    public var outbox: WebhookOutbox? { nil }

    public func dueWebhookDeliveries(at now: Date, limit: Int) async throws -> [WebhookDelivery] { [] }

    public func nextWebhookAttempt() async throws -> Date? { nil }

    public func recordWebhookAttempt(id: Int64, _ result: WebhookAttemptResult) async throws {}

    public func resumeWebhookDeliveries(at now: Date) async throws -> Int { 0 }

    public func webhookDeliveries(state: WebhookDeliveryState?, limit: Int) async throws -> [WebhookDeliveryRecord] {
        []
    }
}
