import Foundation
import PicqerAPI

/// What is stored when a tracking code is issued.
public struct NewShipment: Sendable {
    /// Username of the account.
    public var account: String
    /// Service value chosen.
    public var service: String
    /// Sender address id chosen.
    public var senderAddressID: Int
    /// Picqer's order reference, when sent.
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
    /// Weight in whole grams, as validated.
    public var weightGrams: Int
    /// ISO country code of the shop's customer as given in the request's recipient — also for a return, whose
    /// parcel travels to the sender address: the manifest and the feed describe the customer's end.
    public var recipientCountry: String
    /// Postcode of the shop's customer as given (and normalised) in the request's recipient, also for a return.
    public var recipientPostcode: String
    /// The request as received, which is what reprinting the label needs.
    public var requestBody: [UInt8]

    /// Creates the data of a new shipment.
    public init(
        account: String, service: String, senderAddressID: Int, reference: String?, orderID: String?,
        picklistID: String?, returnID: String?, isReturn: Bool, zplDPI: Int, weightGrams: Int,
        recipientCountry: String, recipientPostcode: String, requestBody: [UInt8]
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
        self.weightGrams = weightGrams
        self.recipientCountry = recipientCountry
        self.recipientPostcode = recipientPostcode
        self.requestBody = requestBody
    }
}
