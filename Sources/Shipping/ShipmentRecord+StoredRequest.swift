import PicqerAPI

extension ShipmentRecord {
    /// The shipment as Picqer sent it, until the retention period erases it (`nil` then).
    public var storedShipment: ShipmentRequest.Shipment? {
        requestBody.flatMap { try? ShipmentRequestDecoding.decode($0).get() }?.shipment
    }

    /// The recipient's postcode as sent, or the one kept after erasure.
    public func recipientPostcode(sent recipient: ShipmentRequest.Recipient?) -> String {
        recipient?.zipcode ?? recipientPostcode
    }

    /// The recipient's country (upper case) as sent, or the one kept after erasure.
    public func recipientCountry(sent recipient: ShipmentRequest.Recipient?) -> String {
        recipient?.country?.uppercased() ?? recipientCountry
    }
}
