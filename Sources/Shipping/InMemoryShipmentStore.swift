import Foundation
import PicqerAPI
import Synchronization

/// A ``ShipmentStore`` that keeps serials and shipments in memory, for one process only.
///
/// For `picqer-carrier render` and other offline work where no database is wanted: its tracking codes are real
/// codes of the scheme (the first one is serial 1), but they are forgotten when the process ends, so they must
/// never reach a parcel. The server always uses a durable store.
public final class InMemoryShipmentStore: ShipmentStore {
    private struct State {
        var lastSerials: [String: Int64] = [:]
        var shipments: [ShipmentRecord] = []
    }

    private let state = Mutex(State())

    /// Creates an empty store.
    public init() {}

    /// Takes the next serial of `scheme` and keeps the shipment as pending.
    public func issue(_ shipment: NewShipment, scheme: TrackingCodeScheme) async throws -> ShipmentRecord {
        try state.withLock { state in
            let serial = (state.lastSerials[scheme.counterName] ?? 0) + 1
            guard serial <= scheme.maximumSerial else { throw ShipmentStoreError.serialsExhausted }
            state.lastSerials[scheme.counterName] = serial
            let record = ShipmentRecord(
                id: Int64(state.shipments.count + 1), trackingCode: scheme.code(forSerial: serial),
                account: shipment.account, service: shipment.service, status: .pending, labelFormat: nil,
                isReturn: shipment.isReturn, createdAt: Date())
            state.shipments.append(record)
            return record
        }
    }

    /// Marks a pending shipment active with the label format delivered.
    public func activate(id: Int64, labelFormat: LabelFormat) async throws {
        state.withLock { state in
            guard let index = state.shipments.firstIndex(where: { $0.id == id && $0.status == .pending }) else {
                return
            }
            state.shipments[index].status = .active
            state.shipments[index].labelFormat = labelFormat
        }
    }

    /// Marks a shipment void.
    public func void(id: Int64) async throws {
        state.withLock { state in
            guard let index = state.shipments.firstIndex(where: { $0.id == id }) else { return }
            state.shipments[index].status = .void
        }
    }

    /// The shipment with `trackingCode`, if this store issued it.
    public func shipment(trackingCode: String) async throws -> ShipmentRecord? {
        state.withLock { state in state.shipments.first { $0.trackingCode == trackingCode } }
    }
}
