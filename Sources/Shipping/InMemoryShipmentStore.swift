import Foundation
import PicqerAPI
import Synchronization

/// A ``ShipmentStore`` that keeps serials and shipments in memory, for one process only.
///
/// For `picqer-carrier render` and other offline work where no database is wanted: its tracking codes are real
/// codes of the scheme (the first one is serial 1), but they are forgotten when the process ends, so they must
/// never reach a parcel. The server always uses a durable store. It follows the same rules as the SQLite store
/// (sequence numbers, cancel, manifest, erasure), under one lock.
public final class InMemoryShipmentStore: ShipmentStore {
    struct State {
        var lastSerials: [String: Int64] = [:]
        var lastSequence: Int64 = 0
        /// Shipments in id order (id = index + 1).
        var shipments: [ShipmentRecord] = []
        /// Stored scan events in arrival order, with the shipment index of each.
        var events: [(shipment: Int, event: TrackingEvent)] = []
        var eventIDs: Set<String> = []
        /// Webhook notifications and deliveries.
        var webhooks = InMemoryWebhookOutbox()

        /// Gives shipment `index` a new sequence number and `updatedAt`: one change.
        mutating func touch(_ index: Int, at date: Date) {
            lastSequence += 1
            shipments[index].sequence = lastSequence
            shipments[index].updatedAt = date
        }

        func index(of id: Int64) -> Int? {
            id >= 1 && id <= Int64(shipments.count) ? Int(id - 1) : nil
        }
    }

    let state = Mutex(State())
    /// Where changes are announced to webhook endpoints; `nil` without webhooks.
    public let outbox: WebhookOutbox?

    /// Creates an empty store, announcing changes into `outbox` when one is given.
    public init(outbox: WebhookOutbox? = nil) {
        self.outbox = outbox
    }

    /// Takes the next serial of `scheme` and keeps the shipment as pending.
    public func issue(_ shipment: NewShipment, scheme: TrackingCodeScheme) async throws -> ShipmentRecord {
        try state.withLock { state in
            let serial = (state.lastSerials[scheme.counterName] ?? 0) + 1
            guard serial <= scheme.maximumSerial else { throw ShipmentStoreError.serialsExhausted }
            state.lastSerials[scheme.counterName] = serial
            state.lastSequence += 1
            let now = Date()
            let record = ShipmentRecord(
                id: Int64(state.shipments.count + 1), trackingCode: scheme.code(forSerial: serial),
                account: shipment.account, service: shipment.service, status: .pending, labelFormat: nil,
                isReturn: shipment.isReturn, createdAt: now, senderAddressID: shipment.senderAddressID,
                reference: shipment.reference, orderID: shipment.orderID, picklistID: shipment.picklistID,
                returnID: shipment.returnID, zplDPI: shipment.zplDPI, weightGrams: shipment.weightGrams,
                recipientCountry: shipment.recipientCountry, recipientPostcode: shipment.recipientPostcode,
                requestBody: shipment.requestBody, updatedAt: now, sequence: state.lastSequence,
                personalDataErased: false)
            state.shipments.append(record)
            return record
        }
    }

    /// Marks a pending shipment active with the label format delivered.
    public func activate(id: Int64, labelFormat: LabelFormat) async throws {
        state.withLock { state in
            guard let index = state.index(of: id), state.shipments[index].status == .pending else { return }
            state.shipments[index].status = .active
            state.shipments[index].labelFormat = labelFormat
            state.touch(index, at: Date())
            state.announce(.shipmentCreated, index: index, into: outbox)
        }
    }

    /// Marks a shipment void.
    public func void(id: Int64) async throws {
        state.withLock { state in
            guard let index = state.index(of: id), state.shipments[index].status != .void else { return }
            state.shipments[index].status = .void
            state.touch(index, at: Date())
            state.announce(.shipmentVoided, index: index, into: outbox)
        }
    }

    /// The shipment with `trackingCode`, if this store issued it.
    public func shipment(trackingCode: String) async throws -> ShipmentRecord? {
        state.withLock { state in state.shipments.first { $0.trackingCode == trackingCode } }
    }

    /// Cancels the active shipment with `trackingCode`.
    public func cancel(trackingCode: String, at date: Date) async throws -> CancelOutcome {
        state.withLock { state in
            guard let index = state.shipments.firstIndex(where: { $0.trackingCode == trackingCode }) else {
                return .notFound
            }
            switch state.shipments[index].status {
            case .cancelled:
                return .alreadyCancelled(state.shipments[index])
            case .pending, .void:
                return .notCancellable(state.shipments[index])
            case .active:
                if state.shipments[index].trackingStatus != nil { return .notCancellable(state.shipments[index]) }
                state.shipments[index].status = .cancelled
                state.touch(index, at: date)
                state.announce(.shipmentCancelled, index: index, into: outbox)
                return .cancelled(state.shipments[index])
            }
        }
    }

    /// Shipments changed after `sequence`, in sequence order, at most `limit`.
    public func changes(after sequence: Int64, limit: Int) async throws -> [ShipmentRecord] {
        guard limit > 0 else { return [] }
        return state.withLock { state in
            Array(state.shipments.filter { $0.sequence > sequence }.sorted { $0.sequence < $1.sequence }.prefix(limit))
        }
    }

    /// The active shipments of `account` created in `[from, to)`, optionally of one sender address.
    public func manifest(account: String, from: Date, to: Date, senderAddressID: Int?) async throws
        -> [ShipmentRecord]
    {
        state.withLock { state in
            state.shipments.filter {
                $0.account == account && $0.status == .active && $0.createdAt >= from && $0.createdAt < to
                    && (senderAddressID == nil || $0.senderAddressID == senderAddressID)
            }
            .sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
        }
    }

    /// Forgets the request bodies of shipments created before `createdBefore`.
    public func erasePersonalData(createdBefore: Date, at date: Date) async throws -> Int {
        state.withLock { state in
            var erased = 0
            for index in state.shipments.indices
            where !state.shipments[index].personalDataErased && state.shipments[index].createdAt < createdBefore {
                state.shipments[index].requestBody = nil
                state.webhooks.eraseBodies(ofShipment: index)
                state.shipments[index].personalDataErased = true
                state.touch(index, at: date)
                erased += 1
            }
            return erased
        }
    }

    /// Stores the events that can be stored, by the same rules as the SQLite store.
    public func record(events: [NewTrackingEvent], receivedAt: Date) async throws -> [EventOutcome] {
        let outbox = self.outbox
        return state.withLock { state in
            events.map { event -> EventOutcome in
                if state.eventIDs.contains(event.eventID) { return .duplicate }
                guard let index = state.shipments.firstIndex(where: { $0.trackingCode == event.trackingCode }) else {
                    return .rejected([.init(field: "tracking_code", message: "no shipment has this tracking code")])
                }
                let shipment = state.shipments[index]
                if let refusal = EventOutcome.refusal(of: event, status: shipment.status, receivedAt: receivedAt) {
                    return .rejected(refusal)
                }
                state.eventIDs.insert(event.eventID)
                state.events.append((index, TrackingEvent(event, receivedAt: receivedAt)))
                if event.status.supersedes(
                    shipment.trackingStatus, occurredAt: event.occurredAt, currentAt: shipment.lastEventAt)
                {
                    state.shipments[index].trackingStatus = event.status
                }
                state.shipments[index].lastEventAt = max(event.occurredAt, shipment.lastEventAt ?? event.occurredAt)
                state.touch(index, at: receivedAt)
                if state.shipments[index].trackingStatus != shipment.trackingStatus {
                    state.announce(.shipmentStatusChanged, index: index, into: outbox)
                }
                return .created
            }
        }
    }

    /// The events of the shipment with `trackingCode`, oldest first.
    public func events(trackingCode: String) async throws -> [TrackingEvent]? {
        state.withLock { state in
            guard let index = state.shipments.firstIndex(where: { $0.trackingCode == trackingCode }) else {
                return nil
            }
            // Arrival order among events that occurred at the same time, as the SQLite store's row ids.
            return state.events.enumerated().filter { $0.element.shipment == index }
                .sorted { ($0.element.event.occurredAt, $0.offset) < ($1.element.event.occurredAt, $1.offset) }
                .map(\.element.event)
        }
    }
}
