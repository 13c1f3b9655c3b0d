import Foundation
import PicqerAPI

/// A shipment as the carrier keeps it: enough to answer the tracking page and to reprint.
public struct ShipmentRecord: Sendable, Equatable {
    /// Where a shipment is in its life.
    public enum Status: String, Sendable {
        /// Tracking code issued, label being made.
        case pending
        /// Label delivered to Picqer: the parcel is expected.
        case active
        /// The label could not be made in time or failed; the code is never used again.
        case void
    }

    /// Database row id.
    public var id: Int64
    /// The issued tracking code (unique, never reused).
    public var trackingCode: String
    /// Username of the account that created it.
    public var account: String
    /// Service value.
    public var service: String
    /// Current status.
    public var status: Status
    /// Label format delivered, once active.
    public var labelFormat: LabelFormat?
    /// Whether it is a return shipment.
    public var isReturn: Bool
    /// Creation time (UTC).
    public var createdAt: Date
}
