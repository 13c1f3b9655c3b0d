/// A shipment that passed ``ShipmentValidator``: typed, trimmed and normalised, ready to be turned into a
/// label. Optional text is `nil` rather than empty; country codes are upper case ISO 3166-1 alpha-2.
public struct ValidatedShipment: Sendable, Equatable {
    /// Weight in whole grams, more than 0 (fractions rounded up; the validator's default weight when Picqer
    /// sent none or 0).
    public var weightGrams: Int
    /// What the customer paid for the products, not negative.
    public var totalPaid: Double?
    /// Purchase value of the products (for insurance), not negative.
    public var valueOfGoods: Double?
    /// The delivery address.
    public var recipient: Recipient
    /// The references.
    public var references: References
    /// Whether this is a return shipment (`references.returnid` is set).
    public var isReturn: Bool
    /// The preferred delivery date, if the customer chose one.
    public var preferredDeliveryDate: CalendarDate?
    /// The pickup point the parcel goes to, if any.
    public var pickupPoint: PickupPoint?
    /// Language of communication with the customer (and of our messages).
    public var language: Language
    /// The customs lines when Picqer sent `customs_data` (possibly empty: whether customs documents are needed,
    /// and whether a shipment without goods lines is allowed, is decided by the caller); `nil` when it did not.
    public var customsProducts: [CustomsProduct]?

    /// Creates a validated shipment (normally done by ``ShipmentValidator``).
    public init(
        weightGrams: Int, totalPaid: Double? = nil, valueOfGoods: Double? = nil, recipient: Recipient,
        references: References = References(), isReturn: Bool = false, preferredDeliveryDate: CalendarDate? = nil,
        pickupPoint: PickupPoint? = nil, language: Language = .en, customsProducts: [CustomsProduct]? = nil
    ) {
        self.weightGrams = weightGrams
        self.totalPaid = totalPaid
        self.valueOfGoods = valueOfGoods
        self.recipient = recipient
        self.references = references
        self.isReturn = isReturn
        self.preferredDeliveryDate = preferredDeliveryDate
        self.pickupPoint = pickupPoint
        self.language = language
        self.customsProducts = customsProducts
    }

    /// The delivery address.
    public struct Recipient: Sendable, Equatable {
        /// Name (company or person); Picqer's `contactname` when `name` was empty.
        public var name: String
        /// Contact person, if different from ``name``.
        public var contactName: String?
        /// Street and house number.
        public var address: String
        /// Second address line.
        public var address2: String?
        /// Postcode in upper case with single spaces; empty only for countries without postcodes.
        public var zipcode: String
        /// City.
        public var city: String
        /// Region or state.
        public var region: String?
        /// ISO 3166-1 alpha-2 country code, upper case.
        public var country: String
        /// E-mail address of the customer (not checked).
        public var email: String?
        /// Phone number of the customer (not checked).
        public var telephone: String?

        /// Creates a recipient.
        public init(
            name: String, contactName: String? = nil, address: String, address2: String? = nil, zipcode: String,
            city: String, region: String? = nil, country: String, email: String? = nil, telephone: String? = nil
        ) {
            self.name = name
            self.contactName = contactName
            self.address = address
            self.address2 = address2
            self.zipcode = zipcode
            self.city = city
            self.region = region
            self.country = country
            self.email = email
            self.telephone = telephone
        }
    }

    /// References of the shipment, each trimmed and `nil` when empty.
    public struct References: Sendable, Equatable {
        /// Text for the receiver.
        public var reference: String?
        /// Picqer's order number.
        public var orderID: String?
        /// Picqer's return number (set for returns).
        public var returnID: String?
        /// Picqer's picklist number.
        public var picklistID: String?

        /// Creates references.
        public init(
            reference: String? = nil, orderID: String? = nil, returnID: String? = nil, picklistID: String? = nil
        ) {
            self.reference = reference
            self.orderID = orderID
            self.returnID = returnID
            self.picklistID = picklistID
        }
    }

    /// The pickup point the parcel goes to.
    public struct PickupPoint: Sendable, Equatable {
        /// Free-text carrier name as sent (`dhl`, `postnl`, …).
        public var carrier: String?
        /// The pickup point's id at that carrier.
        public var id: String
        /// Name of the location.
        public var name: String?
        /// Street.
        public var street: String?
        /// House number.
        public var houseNumber: String?
        /// Postcode.
        public var zipcode: String?
        /// City.
        public var city: String?
        /// ISO 3166-1 alpha-2 country code, upper case.
        public var country: String?
        /// Carrier-specific options as sent.
        public var options: [String: JSONValue]

        /// Creates a pickup point.
        public init(
            carrier: String? = nil, id: String, name: String? = nil, street: String? = nil,
            houseNumber: String? = nil, zipcode: String? = nil, city: String? = nil, country: String? = nil,
            options: [String: JSONValue] = [:]
        ) {
            self.carrier = carrier
            self.id = id
            self.name = name
            self.street = street
            self.houseNumber = houseNumber
            self.zipcode = zipcode
            self.city = city
            self.country = country
            self.options = options
        }
    }

    /// One line of goods for the customs documents.
    ///
    /// Picqer does not say whether `weight` and `value` are per piece or per line; its example (2 × "Philips Hue
    /// Duo Pack", weight 350, value 29.99) and its product data are per piece, so they are read as per piece.
    public struct CustomsProduct: Sendable, Equatable {
        /// What the product is.
        public var description: String
        /// Number of pieces, at least 1.
        public var quantity: Int
        /// Net weight of one piece in whole grams, at least 1 (fractions rounded up).
        public var unitWeightGrams: Int
        /// Value of one piece, not negative.
        public var unitValue: Double
        /// HS tariff code, 6 to 10 digits only (dots and spaces removed).
        public var hsCode: String
        /// ISO 3166-1 alpha-2 country of origin, upper case.
        public var countryOfOrigin: String

        /// Creates a line of goods.
        public init(
            description: String, quantity: Int, unitWeightGrams: Int, unitValue: Double, hsCode: String,
            countryOfOrigin: String
        ) {
            self.description = description
            self.quantity = quantity
            self.unitWeightGrams = unitWeightGrams
            self.unitValue = unitValue
            self.hsCode = hsCode
            self.countryOfOrigin = countryOfOrigin
        }
    }
}
