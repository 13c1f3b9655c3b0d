import Foundation
import PicqerAPI

/// Durable storage of tracking-code serials and shipments.
///
/// SQLite is the embedded implementation; a PostgreSQL one can stand behind the same protocol
/// when several instances share one database.
///
/// Every change to a shipment (issued, activated, voided, cancelled, personal data erased, and later tracking
/// events) gives it a new sequence number in the same transaction as the change: strictly increasing over
/// all shipments and never reused, so that ``changes(after:limit:)`` is a changes feed a consumer can follow
/// with a cursor without missing or repeating a change.
///
/// Activating (`shipment.created`), voiding, cancelling and a scan event that changes the tracking status
/// (`shipment.status_changed`) are also announced to the webhook endpoints that want them: the notifications are
/// written into the store's outbox in the same transaction as the change (see ``WebhookOutboxStore``).
public protocol ShipmentStore: WebhookOutboxStore {
    /// Takes the next serial of `scheme`, makes its tracking code and stores the shipment as
    /// pending — all in one committed transaction, before the caller answers anyone.
    func issue(_ shipment: NewShipment, scheme: TrackingCodeScheme) async throws -> ShipmentRecord
    /// Marks a pending shipment active with the label format delivered (a change: new sequence number).
    func activate(id: Int64, labelFormat: LabelFormat) async throws
    /// Marks a shipment void: its label was never delivered. The code stays used. A change (new sequence
    /// number) unless it was void already.
    func void(id: Int64) async throws
    /// Looks a shipment up by tracking code: the full record.
    func shipment(trackingCode: String) async throws -> ShipmentRecord?
    /// Cancels an active shipment at `date`: it becomes ``ShipmentRecord/Status/cancelled`` with a new sequence
    /// number. Cancelling again changes nothing (``CancelOutcome/alreadyCancelled(_:)``); a pending or void
    /// shipment, and one that has a tracking event (handed over to the carrier), is
    /// ``CancelOutcome/notCancellable(_:)``.
    func cancel(trackingCode: String, at date: Date) async throws -> CancelOutcome
    /// The changes feed: shipments whose last change has a sequence number greater than `sequence`, in
    /// sequence order, at most `limit`. Pass the ``ShipmentRecord/sequence`` of the last record seen (0 at
    /// first) to get the next page; a shipment changed again reappears with its new number.
    func changes(after sequence: Int64, limit: Int) async throws -> [ShipmentRecord]
    /// The active shipments of `account` created in `[from, to)` — optionally only those of one sender
    /// address — ordered by creation time then id: the parcels of an end-of-day manifest. Pending, void and
    /// cancelled shipments are left out.
    func manifest(account: String, from: Date, to: Date, senderAddressID: Int?) async throws -> [ShipmentRecord]
    /// Erases the personal data of every shipment created before `createdBefore` that still has it: its
    /// request body goes and it is marked ``ShipmentRecord/personalDataErased``, at `date` and with a new
    /// sequence number each. Tracking code, status, service, weight, references, recipient country and
    /// postcode stay. The bytes must be gone from the storage itself, not only from answers.
    /// - Returns: how many shipments were erased.
    func erasePersonalData(createdBefore: Date, at date: Date) async throws -> Int
    /// Stores scan events, all in one transaction, and answers one outcome per event in order. An event whose
    /// `eventID` is stored already (also earlier in the same batch, or by a concurrent batch) is
    /// ``EventOutcome/duplicate`` and changes nothing. An event is ``EventOutcome/rejected(_:)`` when no
    /// shipment has its tracking code, when the shipment is pending, void or cancelled, or when it occurred more
    /// than ``TrackingEventInput/allowedFuture`` after `receivedAt`. Each stored event is a change of its
    /// shipment (new sequence number) and updates its tracking status and last event time in the same
    /// transaction (see ``TrackingEventStatus/supersedes(_:occurredAt:currentAt:)``).
    func record(events: [NewTrackingEvent], receivedAt: Date) async throws -> [EventOutcome]
    /// The events of the shipment with `trackingCode`, oldest first (by `occurredAt`, then arrival); `nil` when
    /// no shipment has that code.
    func events(trackingCode: String) async throws -> [TrackingEvent]?
}
