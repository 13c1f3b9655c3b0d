/// Everything a carrier label says, independent of where the data came from.
///
/// `Labels` renders this model to an A6 PDF and to ZPL; it knows nothing of HTTP, Picqer or
/// storage. All strings are printed as given (the renderer fits them to their boxes).
public struct LabelContent: Sendable, Equatable {
    /// A postal address block as printed on the label.
    public struct Address: Sendable, Equatable {
        /// Company or person name (first, most prominent line).
        public var name: String
        /// Contact person (printed below the name when present).
        public var contactName: String?
        /// Street and house number.
        public var street: String
        /// Second address line (apartment, building, …).
        public var street2: String?
        /// Postal code as written in the destination country.
        public var zipcode: String
        /// City or town.
        public var city: String
        /// Region, province or state, when the destination uses one.
        public var region: String?
        /// ISO 3166-1 alpha-2 country code, upper case.
        public var countryCode: String

        /// Creates an address block.
        public init(
            name: String, contactName: String? = nil, street: String, street2: String? = nil,
            zipcode: String, city: String, region: String? = nil, countryCode: String
        ) {
            self.name = name
            self.contactName = contactName
            self.street = street
            self.street2 = street2
            self.zipcode = zipcode
            self.city = city
            self.region = region
            self.countryCode = countryCode
        }
    }

    /// A pickup point (parcel shop, locker) that receives the parcel instead of the street address.
    public struct PickupPoint: Sendable, Equatable {
        /// The carrier's identifier of the point.
        public var id: String
        /// Shop or locker name, when known.
        public var name: String?
        /// Street address line of the point (street + house number), when known.
        public var street: String?
        /// Postal code of the point, when known.
        public var zipcode: String?
        /// City of the point, when known.
        public var city: String?
        /// ISO country code of the point, when known.
        public var countryCode: String?

        /// Creates a pickup point.
        public init(
            id: String, name: String? = nil, street: String? = nil, zipcode: String? = nil,
            city: String? = nil, countryCode: String? = nil
        ) {
            self.id = id
            self.name = name
            self.street = street
            self.zipcode = zipcode
            self.city = city
            self.countryCode = countryCode
        }
    }

    /// Language of the fixed captions printed on the label ("From", "To", "Weight", …).
    public enum CaptionLanguage: String, Sendable, Equatable {
        /// Dutch captions.
        case dutch = "nl"
        /// English captions.
        case english = "en"
    }

    /// The carrier's display name, e.g. "Snelkoerier".
    public var carrierName: String
    /// The service's name as printed, e.g. "Parcel Standard".
    public var serviceName: String
    /// Short product code printed large in the service box, e.g. "STD".
    public var serviceCode: String
    /// Who sends the parcel (for a return label: the customer returning it).
    public var sender: Address
    /// Who receives the parcel (for a return label: the warehouse).
    public var recipient: Address
    /// Pickup point the parcel is delivered to, when the recipient chose one.
    public var pickupPoint: PickupPoint?
    /// Tracking code, encoded in the Code 128 barcode. Only `A–Z` and `0–9`.
    public var trackingCode: String
    /// Public tracking URL, encoded in the QR code. ASCII only.
    public var trackingURL: String
    /// Parcel weight in grams.
    public var weightGrams: Int
    /// Shipping date as `YYYY-MM-DD`.
    public var shippingDate: String
    /// Preferred delivery date as `YYYY-MM-DD`, when the customer asked for one.
    public var preferredDeliveryDate: String?
    /// Insured value as printed (e.g. "EUR 199.99"), when the parcel is insured.
    public var insuredValue: String?
    /// Order or customer reference printed for the recipient.
    public var reference: String?
    /// Free-text delivery instruction for the courier.
    public var instructions: String?
    /// Number of this parcel within the shipment (1-based).
    public var parcelNumber: Int
    /// Number of parcels in the shipment.
    public var parcelCount: Int
    /// Whether this is a return shipment (prints a prominent RETURN marker).
    public var isReturn: Bool
    /// Optional routing / sort code printed inverted in the route box.
    public var routingCode: String?
    /// Language of the fixed captions.
    public var language: CaptionLanguage
    /// The carrier's logo, printed in the top right-hand corner, when the carrier has one.
    public var logo: LabelLogo?

    /// Creates label content. Optional fields default to absent; parcel count to "1/1".
    public init(
        carrierName: String, serviceName: String, serviceCode: String,
        sender: Address, recipient: Address, pickupPoint: PickupPoint? = nil,
        trackingCode: String, trackingURL: String, weightGrams: Int, shippingDate: String,
        preferredDeliveryDate: String? = nil, insuredValue: String? = nil, reference: String? = nil,
        instructions: String? = nil, parcelNumber: Int = 1, parcelCount: Int = 1, isReturn: Bool = false,
        routingCode: String? = nil, language: CaptionLanguage = .english, logo: LabelLogo? = nil
    ) {
        self.carrierName = carrierName
        self.serviceName = serviceName
        self.serviceCode = serviceCode
        self.sender = sender
        self.recipient = recipient
        self.pickupPoint = pickupPoint
        self.trackingCode = trackingCode
        self.trackingURL = trackingURL
        self.weightGrams = weightGrams
        self.shippingDate = shippingDate
        self.preferredDeliveryDate = preferredDeliveryDate
        self.insuredValue = insuredValue
        self.reference = reference
        self.instructions = instructions
        self.parcelNumber = parcelNumber
        self.parcelCount = parcelCount
        self.isReturn = isReturn
        self.routingCode = routingCode
        self.language = language
        self.logo = logo
    }
}
