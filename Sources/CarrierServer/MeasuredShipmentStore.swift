import Foundation
import Metrics
import PicqerAPI
import Shipping

/// A store whose every operation is timed (`picqer_carrier_store_operation_seconds` by operation), around the
/// server's real store. Everything else is the wrapped store's.
struct MeasuredShipmentStore: ShipmentStore {
    /// The store that does the work.
    let base: any ShipmentStore

    /// `store`, measured once (a reload makes a new flow on the same store: it is not wrapped again).
    static func wrapping(_ store: any ShipmentStore) -> any ShipmentStore {
        store is MeasuredShipmentStore ? store : MeasuredShipmentStore(base: store)
    }

    private func timed<T>(_ operation: String, _ work: () async throws -> T) async rethrows -> T {
        let start = ContinuousClock.now
        defer {
            let elapsed = ContinuousClock.now - start
            Timer(label: "picqer_carrier_store_operation_seconds", dimensions: [("operation", operation)])
                .recordNanoseconds(
                    elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000)
        }
        return try await work()
    }

    func issue(_ shipment: NewShipment, scheme: TrackingCodeScheme) async throws -> ShipmentRecord {
        try await timed("issue") { try await base.issue(shipment, scheme: scheme) }
    }

    func activate(id: Int64, labelFormat: LabelFormat) async throws {
        try await timed("activate") { try await base.activate(id: id, labelFormat: labelFormat) }
    }

    func void(id: Int64) async throws {
        try await timed("void") { try await base.void(id: id) }
    }

    func shipment(trackingCode: String) async throws -> ShipmentRecord? {
        try await timed("shipment") { try await base.shipment(trackingCode: trackingCode) }
    }

    func cancel(trackingCode: String, at date: Date) async throws -> CancelOutcome {
        try await timed("cancel") { try await base.cancel(trackingCode: trackingCode, at: date) }
    }

    func changes(after sequence: Int64, limit: Int) async throws -> [ShipmentRecord] {
        try await timed("changes") { try await base.changes(after: sequence, limit: limit) }
    }

    func manifest(account: String, from: Date, to: Date, senderAddressID: Int?) async throws -> [ShipmentRecord] {
        try await timed("manifest") {
            try await base.manifest(account: account, from: from, to: to, senderAddressID: senderAddressID)
        }
    }

    func erasePersonalData(createdBefore: Date, at date: Date) async throws -> Int {
        try await timed("erase_personal_data") {
            try await base.erasePersonalData(createdBefore: createdBefore, at: date)
        }
    }

    func record(events: [NewTrackingEvent], receivedAt: Date) async throws -> [EventOutcome] {
        try await timed("record_events") { try await base.record(events: events, receivedAt: receivedAt) }
    }

    func events(trackingCode: String) async throws -> [TrackingEvent]? {
        try await timed("events") { try await base.events(trackingCode: trackingCode) }
    }

    var outbox: WebhookOutbox? { base.outbox }

    func dueWebhookDeliveries(at now: Date, limit: Int) async throws -> [WebhookDelivery] {
        try await timed("due_webhook_deliveries") { try await base.dueWebhookDeliveries(at: now, limit: limit) }
    }

    func nextWebhookAttempt() async throws -> Date? {
        try await timed("next_webhook_attempt") { try await base.nextWebhookAttempt() }
    }

    func recordWebhookAttempt(id: Int64, _ result: WebhookAttemptResult) async throws {
        try await timed("record_webhook_attempt") { try await base.recordWebhookAttempt(id: id, result) }
    }

    func resumeWebhookDeliveries(at now: Date) async throws -> Int {
        try await timed("resume_webhook_deliveries") { try await base.resumeWebhookDeliveries(at: now) }
    }

    func pendingWebhookDeliveryCount() async throws -> Int {
        try await timed("pending_webhook_delivery_count") { try await base.pendingWebhookDeliveryCount() }
    }

    func webhookDeliveries(state: WebhookDeliveryState?, limit: Int) async throws -> [WebhookDeliveryRecord] {
        try await timed("webhook_deliveries") { try await base.webhookDeliveries(state: state, limit: limit) }
    }
}
