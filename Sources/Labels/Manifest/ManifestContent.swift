/// What an end-of-day manifest says: the parcels one account handed to the carrier on one day.
///
/// The driver who collects the parcels and the shipper who hands them over both sign the
/// printed manifest; it lists every parcel once, with the facts a driver can check at the dock
/// (tracking code, service, destination, weight, return). It holds no recipient names or
/// streets: the PDF manifest travels on paper, so it carries only postcode, city and country.
///
/// ```swift
/// let content = ManifestContent(
///     carrierName: "Snelkoerier", accountName: "Webwinkel De Vries", accountUsername: "devries",
///     senderAddress: nil, date: "2026-11-25",
///     rows: [.init(trackingCode: "3SSNK00000001", serviceName: "Pakket", zipcode: "1012 AB",
///                  city: "Amsterdam", countryCode: "NL", weightGrams: 2350, isReturn: false)])
/// let pdf = try ManifestRenderer().render(content)
/// ```
public struct ManifestContent: Sendable, Equatable {
    /// One parcel on the manifest.
    public struct Row: Sendable, Equatable {
        /// The parcel's tracking code, as printed on its label.
        public var trackingCode: String
        /// Name of the shipping service ("Pakket Standaard").
        public var serviceName: String
        /// The recipient's postcode.
        public var zipcode: String
        /// The recipient's city.
        public var city: String
        /// The recipient's country, ISO 3166-1 alpha-2 ("NL").
        public var countryCode: String
        /// The parcel's weight in grams.
        public var weightGrams: Int
        /// Whether the parcel is a return (it travels back to the shipper).
        public var isReturn: Bool

        /// A parcel of the manifest.
        /// - Parameters:
        ///   - trackingCode: The tracking code printed on the label.
        ///   - serviceName: Name of the shipping service.
        ///   - zipcode: The recipient's postcode.
        ///   - city: The recipient's city.
        ///   - countryCode: The recipient's country, ISO 3166-1 alpha-2.
        ///   - weightGrams: Weight in grams.
        ///   - isReturn: Whether the parcel is a return.
        public init(
            trackingCode: String, serviceName: String, zipcode: String, city: String, countryCode: String,
            weightGrams: Int, isReturn: Bool
        ) {
            self.trackingCode = trackingCode
            self.serviceName = serviceName
            self.zipcode = zipcode
            self.city = city
            self.countryCode = countryCode
            self.weightGrams = weightGrams
            self.isReturn = isReturn
        }
    }

    /// The carrier's name, printed at the top of every page.
    public var carrierName: String
    /// The account's display name ("Webwinkel De Vries").
    public var accountName: String
    /// The account's username, printed after the display name so the driver can tell two
    /// accounts of the same shop apart.
    public var accountUsername: String
    /// The sender address the parcels left from, or `nil` when the manifest covers all sender
    /// addresses of the account.
    public var senderAddress: LabelContent.Address?
    /// The day the parcels were created, `YYYY-MM-DD`.
    public var date: String
    /// The parcels, in the order they are printed.
    public var rows: [Row]

    /// A manifest.
    /// - Parameters:
    ///   - carrierName: The carrier's name.
    ///   - accountName: The account's display name.
    ///   - accountUsername: The account's username.
    ///   - senderAddress: The sender address, or `nil` for all sender addresses of the account.
    ///   - date: The day, `YYYY-MM-DD`.
    ///   - rows: The parcels, in print order.
    public init(
        carrierName: String, accountName: String, accountUsername: String, senderAddress: LabelContent.Address?,
        date: String, rows: [Row]
    ) {
        self.carrierName = carrierName
        self.accountName = accountName
        self.accountUsername = accountUsername
        self.senderAddress = senderAddress
        self.date = date
        self.rows = rows
    }
}
