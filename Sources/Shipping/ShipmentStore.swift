import Foundation
import PicqerAPI

/// Durable storage of tracking-code serials and shipments.
///
/// SQLite is the embedded implementation; a PostgreSQL one can stand behind the same protocol
/// when several instances share one database.
public protocol ShipmentStore: Sendable {
    /// Takes the next serial of `scheme`, makes its tracking code and stores the shipment as
    /// pending — all in one committed transaction, before the caller answers anyone.
    func issue(_ shipment: NewShipment, scheme: TrackingCodeScheme) async throws -> ShipmentRecord
    /// Marks a pending shipment active with the label format delivered.
    func activate(id: Int64, labelFormat: LabelFormat) async throws
    /// Marks a shipment void: its label was never delivered. The code stays used.
    func void(id: Int64) async throws
    /// Looks a shipment up by tracking code.
    func shipment(trackingCode: String) async throws -> ShipmentRecord?
}
