import Foundation
import PicqerAPI

/// A shipment as the carrier keeps it: enough to answer the tracking page, the operator's change feed and
/// manifest, and to reprint the label (until its personal data is erased).
public struct ShipmentRecord: Sendable, Equatable {
    /// Where a shipment is in its life.
    public enum Status: String, Sendable {
        /// Tracking code issued, label being made.
        case pending
        /// Label delivered to Picqer: the parcel is expected.
        case active
        /// The label could not be made in time or failed; the code is never used again.
        case void
        /// The label was delivered, then cancelled by the operator; the code is never used again.
        case cancelled
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
    /// Sender address id chosen in the profile.
    public var senderAddressID: Int
    /// Picqer's reference, when sent.
    public var reference: String?
    /// Picqer order id, when sent.
    public var orderID: String?
    /// Picqer picklist id, when sent.
    public var picklistID: String?
    /// Picqer return id (set for returns).
    public var returnID: String?
    /// ZPL resolution of the label in dots per inch.
    public var zplDPI: Int
    /// Weight in whole grams (0 for shipments stored before the weight was kept).
    public var weightGrams: Int
    /// ISO country code of the shop's customer (the recipient in the request, also for a return); kept after
    /// the personal data is erased. Empty when unknown.
    public var recipientCountry: String
    /// Postcode of the shop's customer, normalised like the label's; kept after the personal data is erased.
    /// Empty when unknown or when the country has no postcodes.
    public var recipientPostcode: String
    /// The request as received from Picqer (what reprinting needs); `nil` once the personal data is erased.
    public var requestBody: [UInt8]?
    /// Time of the last change (UTC).
    public var updatedAt: Date
    /// Position of the shipment's last change in the change feed: strictly increasing over all shipments,
    /// renewed by every change (see ``ShipmentStore/changes(after:limit:)``).
    public var sequence: Int64
    /// Whether the request body (the recipient's name, address, phone and e-mail) has been erased.
    public var personalDataErased: Bool
    /// The status of the scan event that holds the shipment's tracking status (the latest-occurring one, a
    /// final one before any other); `nil` while it has no events.
    public var trackingStatus: TrackingEventStatus?
    /// When its latest-occurring scan event happened; `nil` while it has no events.
    public var lastEventAt: Date?

    /// Creates a record (stores build them; a store in another module uses this).
    public init(
        id: Int64, trackingCode: String, account: String, service: String, status: Status, labelFormat: LabelFormat?,
        isReturn: Bool, createdAt: Date, senderAddressID: Int, reference: String?, orderID: String?,
        picklistID: String?, returnID: String?, zplDPI: Int, weightGrams: Int, recipientCountry: String,
        recipientPostcode: String, requestBody: [UInt8]?, updatedAt: Date, sequence: Int64, personalDataErased: Bool,
        trackingStatus: TrackingEventStatus? = nil, lastEventAt: Date? = nil
    ) {
        self.id = id
        self.trackingCode = trackingCode
        self.account = account
        self.service = service
        self.status = status
        self.labelFormat = labelFormat
        self.isReturn = isReturn
        self.createdAt = createdAt
        self.senderAddressID = senderAddressID
        self.reference = reference
        self.orderID = orderID
        self.picklistID = picklistID
        self.returnID = returnID
        self.zplDPI = zplDPI
        self.weightGrams = weightGrams
        self.recipientCountry = recipientCountry
        self.recipientPostcode = recipientPostcode
        self.requestBody = requestBody
        self.updatedAt = updatedAt
        self.sequence = sequence
        self.personalDataErased = personalDataErased
        self.trackingStatus = trackingStatus
        self.lastEventAt = lastEventAt
    }
}
