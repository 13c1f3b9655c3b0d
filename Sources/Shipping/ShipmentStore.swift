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

/// What is stored when a tracking code is issued.
public struct NewShipment: Sendable {
    /// Username of the account.
    public var account: String
    /// Service value chosen.
    public var service: String
    /// Sender address id chosen.
    public var senderAddressID: Int
    /// Picqer's order reference, order id, picklist id and return id, when sent.
    public var reference: String?
    /// Picqer order id.
    public var orderID: String?
    /// Picqer picklist id.
    public var picklistID: String?
    /// Picqer return id (set for returns).
    public var returnID: String?
    /// Whether it is a return shipment.
    public var isReturn: Bool
    /// ZPL resolution chosen for the label.
    public var zplDPI: Int
    /// The request as received, which is what reprinting the label needs.
    public var requestBody: [UInt8]

    /// Creates the data of a new shipment.
    public init(
        account: String, service: String, senderAddressID: Int, reference: String?, orderID: String?,
        picklistID: String?, returnID: String?, isReturn: Bool, zplDPI: Int, requestBody: [UInt8]
    ) {
        self.account = account
        self.service = service
        self.senderAddressID = senderAddressID
        self.reference = reference
        self.orderID = orderID
        self.picklistID = picklistID
        self.returnID = returnID
        self.isReturn = isReturn
        self.zplDPI = zplDPI
        self.requestBody = requestBody
    }
}

/// Errors of the shipment store that the server turns into answers.
public enum ShipmentStoreError: Error, Equatable, Sendable {
    /// The tracking-code scheme has no serial numbers left.
    case serialsExhausted
}

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
