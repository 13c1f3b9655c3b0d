/// The parts of a shipment that passed their own checks, also when other parts have problems.
///
/// A part is `nil` when it was absent or has a problem (see ``ShipmentReview/hasProblem(at:)`` to tell the two
/// apart). Checks that need only some parts (insurance needs a value of goods, customs rules need a country) can
/// run on these while the rest of the request is still wrong, so that one answer lists every problem.
public struct ShipmentParts: Sendable, Equatable {
    /// Weight in whole grams.
    public var weightGrams: Int?
    /// What the customer paid for the products.
    public var totalPaid: Double?
    /// Purchase value of the products.
    public var valueOfGoods: Double?
    /// The whole delivery address, when every field of it is good.
    public var recipient: ValidatedShipment.Recipient?
    /// The recipient's country (upper-case ISO 3166-1 alpha-2), when good.
    public var recipientCountry: String?
    /// The recipient's postcode (upper case, single spaces; empty for countries without postcodes), when good.
    public var recipientZipcode: String?
    /// The references (these cannot be wrong, only absent).
    public var references: ValidatedShipment.References
    /// The preferred delivery date.
    public var preferredDeliveryDate: CalendarDate?
    /// The pickup point.
    public var pickupPoint: ValidatedShipment.PickupPoint?
    /// Language of communication with the customer.
    public var language: Language
    /// The good customs lines when Picqer sent `customs_data`; `nil` when it did not.
    public var customsProducts: [ValidatedShipment.CustomsProduct]?

    /// Creates the parts of a shipment (normally done by ``ShipmentValidator``).
    public init(
        weightGrams: Int? = nil, totalPaid: Double? = nil, valueOfGoods: Double? = nil,
        recipient: ValidatedShipment.Recipient? = nil, recipientCountry: String? = nil,
        recipientZipcode: String? = nil, references: ValidatedShipment.References = .init(),
        preferredDeliveryDate: CalendarDate? = nil, pickupPoint: ValidatedShipment.PickupPoint? = nil,
        language: Language = .en, customsProducts: [ValidatedShipment.CustomsProduct]? = nil
    ) {
        self.weightGrams = weightGrams
        self.totalPaid = totalPaid
        self.valueOfGoods = valueOfGoods
        self.recipient = recipient
        self.recipientCountry = recipientCountry ?? recipient?.country
        self.recipientZipcode = recipientZipcode ?? recipient?.zipcode
        self.references = references
        self.preferredDeliveryDate = preferredDeliveryDate
        self.pickupPoint = pickupPoint
        self.language = language
        self.customsProducts = customsProducts
    }

    /// Whether this is a return shipment (`references.returnid` is set).
    public var isReturn: Bool { references.returnID != nil }

    /// The whole shipment, when weight and recipient are good (problems elsewhere are the caller's to check).
    public var shipment: ValidatedShipment? {
        guard let weightGrams, let recipient else { return nil }
        return ValidatedShipment(
            weightGrams: weightGrams, totalPaid: totalPaid, valueOfGoods: valueOfGoods, recipient: recipient,
            references: references, isReturn: isReturn, preferredDeliveryDate: preferredDeliveryDate,
            pickupPoint: pickupPoint, language: language, customsProducts: customsProducts)
    }
}
