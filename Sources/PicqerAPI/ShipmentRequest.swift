/// The body of Picqer's `POST …/shipments`, read leniently:
/// `{"version":"1.0","data":{"profile":[…],"shipment":{…}}}`.
///
/// Every field is optional here: what a label needs is checked by ``ShipmentValidator``. Values of an
/// impossible type do not make decoding fail; they are collected in ``problems`` (one per field) and the
/// field reads as absent. Decode with ``ShipmentRequestDecoding/decode(_:)``.
public struct ShipmentRequest: Decodable, Sendable, Equatable {
    /// The contract version Picqer sent (`"1.0"`), if any.
    public var version: String?
    /// The options of the shipping profile the user chose.
    public var profile: [ProfileEntry]
    /// The shipment itself.
    public var shipment: Shipment
    /// Fields whose values had an impossible type, e.g. `weight: {"a": 1}`: one problem per field.
    /// ``ShipmentValidator`` reports them together with everything else.
    public var problems: [Problem]

    /// Creates a request; ``problems`` is normally left empty.
    public init(version: String? = "1.0", profile: [ProfileEntry] = [], shipment: Shipment, problems: [Problem] = []) {
        self.version = version
        self.profile = profile
        self.shipment = shipment
        self.problems = problems
    }

    /// Decodes from any decoder by reading a JSON tree and then the fields leniently. Only a body that is not
    /// an object throws.
    public init(from decoder: any Decoder) throws {
        let tree = try JSONValue(from: decoder)
        guard let request = ShipmentRequest(json: tree) else {
            throw DecodingError.typeMismatch(
                ShipmentRequest.self,
                .init(codingPath: decoder.codingPath, debugDescription: "The request body is not a JSON object"))
        }
        self = request
    }

    /// The shipment part of the request: `data.shipment`.
    public struct Shipment: Sendable, Equatable {
        /// Weight in grams (Picqer sends whole grams; fractions are kept here).
        public var weight: Double?
        /// What the customer paid for the products in this shipment.
        public var totalPaid: Double?
        /// Purchase value of the products, used for insurance.
        public var valueOfGoods: Double?
        /// The delivery address.
        public var recipient: Recipient
        /// References; all optional.
        public var references: References
        /// Preferred delivery date as sent, normally `YYYY-MM-DD`.
        public var preferredDeliveryDate: String?
        /// The pickup point chosen by the customer; `nil` when Picqer sent `[]`, `{}` or nothing.
        public var pickupPoint: PickupPoint?
        /// Language of communication with the customer; English when missing or unknown.
        public var language: Language
        /// Customs data, sent by Picqer for destinations outside the EU customs union.
        public var customsData: CustomsData?

        /// Creates a shipment.
        public init(
            weight: Double? = nil, totalPaid: Double? = nil, valueOfGoods: Double? = nil,
            recipient: Recipient = Recipient(), references: References = References(),
            preferredDeliveryDate: String? = nil, pickupPoint: PickupPoint? = nil, language: Language = .en,
            customsData: CustomsData? = nil
        ) {
            self.weight = weight
            self.totalPaid = totalPaid
            self.valueOfGoods = valueOfGoods
            self.recipient = recipient
            self.references = references
            self.preferredDeliveryDate = preferredDeliveryDate
            self.pickupPoint = pickupPoint
            self.language = language
            self.customsData = customsData
        }
    }

    /// The delivery address: `shipment.recipient`.
    public struct Recipient: Sendable, Equatable {
        /// Name (company or person).
        public var name: String?
        /// Contact person.
        public var contactname: String?
        /// Street and house number.
        public var address: String?
        /// Second address line.
        public var address2: String?
        /// Postcode.
        public var zipcode: String?
        /// City.
        public var city: String?
        /// Region or state.
        public var region: String?
        /// ISO 3166-1 alpha-2 country code, in whatever case Picqer sent it.
        public var country: String?
        /// E-mail address of the customer.
        public var emailaddress: String?
        /// Phone number of the customer.
        public var telephone: String?

        /// Creates a recipient.
        public init(
            name: String? = nil, contactname: String? = nil, address: String? = nil, address2: String? = nil,
            zipcode: String? = nil, city: String? = nil, region: String? = nil, country: String? = nil,
            emailaddress: String? = nil, telephone: String? = nil
        ) {
            self.name = name
            self.contactname = contactname
            self.address = address
            self.address2 = address2
            self.zipcode = zipcode
            self.city = city
            self.region = region
            self.country = country
            self.emailaddress = emailaddress
            self.telephone = telephone
        }
    }

    /// References of the shipment: `shipment.references`. All optional.
    public struct References: Sendable, Equatable {
        /// Text for the receiver, e.g. an order reference.
        public var reference: String?
        /// Picqer's order number.
        public var orderid: String?
        /// Picqer's return number; set (non-empty) for a return shipment.
        public var returnid: String?
        /// Picqer's picklist number.
        public var picklistid: String?

        /// Creates references.
        public init(
            reference: String? = nil, orderid: String? = nil, returnid: String? = nil, picklistid: String? = nil
        ) {
            self.reference = reference
            self.orderid = orderid
            self.returnid = returnid
            self.picklistid = picklistid
        }
    }

    /// A pickup point: `shipment.pickup_point_data` when it is an object. Its content depends on the carrier:
    /// some send only `carrier` and `id`.
    public struct PickupPoint: Sendable, Equatable {
        /// Free-text carrier name (`dhl`, `postnl`, `b2ceurope`), not a carrier key.
        public var carrier: String?
        /// The pickup point's id at that carrier.
        public var id: String?
        /// Name of the location.
        public var name: String?
        /// Street.
        public var street: String?
        /// House number (`house_number`).
        public var houseNumber: String?
        /// Postcode.
        public var zipcode: String?
        /// City.
        public var city: String?
        /// Country code, in whatever case it was sent.
        public var country: String?
        /// Carrier-specific options (`parcel_machine`, `pickup_moment`, …) of any JSON type.
        public var options: [String: JSONValue]

        /// Creates a pickup point.
        public init(
            carrier: String? = nil, id: String? = nil, name: String? = nil, street: String? = nil,
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

        /// Whether no field is set at all (such a pickup point is read as none).
        var isEmpty: Bool {
            [carrier, id, name, street, houseNumber, zipcode, city, country].allSatisfy { $0 == nil } && options.isEmpty
        }
    }

    /// Customs data: `shipment.customs_data`.
    public struct CustomsData: Sendable, Equatable {
        /// The products in the parcel, in Picqer's order.
        public var products: [CustomsProduct]

        /// Creates customs data.
        public init(products: [CustomsProduct] = []) {
            self.products = products
        }
    }

    /// One product line of the customs data: `shipment.customs_data.products[i]`.
    public struct CustomsProduct: Sendable, Equatable {
        /// What the product is.
        public var description: String?
        /// Number of pieces.
        public var amount: Int?
        /// Weight in grams, as Picqer sends it.
        public var weight: Double?
        /// Value, as Picqer sends it.
        public var value: Double?
        /// HS tariff code as sent (may contain dots or spaces).
        public var hsCode: String?
        /// ISO 3166-1 alpha-2 country of origin, in whatever case it was sent.
        public var countryOfOrigin: String?

        /// Creates a customs product line.
        public init(
            description: String? = nil, amount: Int? = nil, weight: Double? = nil, value: Double? = nil,
            hsCode: String? = nil, countryOfOrigin: String? = nil
        ) {
            self.description = description
            self.amount = amount
            self.weight = weight
            self.value = value
            self.hsCode = hsCode
            self.countryOfOrigin = countryOfOrigin
        }
    }
}
