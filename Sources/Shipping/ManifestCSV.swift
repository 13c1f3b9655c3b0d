import Labels

/// The end-of-day manifest as a CSV file for the carrier's own systems (sorting, route
/// planning, billing): RFC 4180, UTF-8 without a byte-order mark, CRLF line ends, a header row,
/// then one row per parcel.
///
/// The columns are those of the PDF manifest (``ManifestCaptions``: number, tracking code,
/// service, postcode, city, country, weight in kg with a decimal point, return "yes"/"no")
/// followed by the full recipient address (name, contact name, street, street 2, region).
///
/// - Important: Unlike the printed manifest, the CSV holds **personal data** (the recipients'
///   names and addresses). Serve it only to authenticated operators, never log it, and keep it
///   no longer than the retention period of the shipments it lists.
///
/// Quoting follows RFC 4180: a field that holds a comma, a double quote, CR or LF is enclosed
/// in double quotes, and each double quote inside it is doubled.
///
/// Spreadsheet-formula injection: a field that begins with `=`, `+`, `-`, `@`, a tab or a
/// carriage return is prefixed with a single quote (`'`), so that a spreadsheet opening the
/// file shows a recipient named `=HYPERLINK(…)` as text and never evaluates it. The prefix is
/// part of the field's value; a program reading the CSV sees it too.
///
/// ```swift
/// let csv = ManifestCSV().render(rows)   // UTF-8 bytes
/// ```
public struct ManifestCSV: Sendable {
    /// One parcel of the CSV manifest: the PDF manifest's row plus the recipient's full address.
    ///
    /// - Important: It holds personal data (the recipient's name and address).
    public struct Row: Sendable, Equatable {
        /// The parcel's tracking code.
        public var trackingCode: String
        /// Name of the shipping service.
        public var serviceName: String
        /// The recipient's full address (name, contact, street lines, postcode, city, region,
        /// country code).
        public var recipient: LabelContent.Address
        /// The parcel's weight in grams.
        public var weightGrams: Int
        /// Whether the parcel is a return.
        public var isReturn: Bool

        /// A parcel of the CSV manifest.
        /// - Parameters:
        ///   - trackingCode: The tracking code printed on the label.
        ///   - serviceName: Name of the shipping service.
        ///   - recipient: The recipient's full address.
        ///   - weightGrams: Weight in grams.
        ///   - isReturn: Whether the parcel is a return.
        public init(
            trackingCode: String, serviceName: String, recipient: LabelContent.Address, weightGrams: Int,
            isReturn: Bool
        ) {
            self.trackingCode = trackingCode
            self.serviceName = serviceName
            self.recipient = recipient
            self.weightGrams = weightGrams
            self.isReturn = isReturn
        }

        /// The row of the PDF manifest for this parcel (postcode, city and country only, no
        /// personal data).
        public var manifestRow: ManifestContent.Row {
            ManifestContent.Row(
                trackingCode: trackingCode, serviceName: serviceName, zipcode: recipient.zipcode,
                city: recipient.city, countryCode: recipient.countryCode, weightGrams: weightGrams,
                isReturn: isReturn)
        }
    }

    /// The header row's fields, in column order.
    public static let header = [
        ManifestCaptions.number, ManifestCaptions.trackingCode, ManifestCaptions.service, ManifestCaptions.zipcode,
        ManifestCaptions.city, ManifestCaptions.country, ManifestCaptions.weight, ManifestCaptions.isReturn,
        "Name", "Contact name", "Street", "Street 2", "Region",
    ]

    /// Creates a CSV writer. It holds no state; one instance can be shared by all threads.
    public init() {}

    /// The CSV file of `rows`: the header row, then one line per parcel, each ending in CRLF.
    public func render(_ rows: [Row]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(160 * (rows.count + 1))
        append(Self.header, to: &output)
        for (index, row) in rows.enumerated() {
            let address = row.recipient
            append(
                [
                    String(index + 1), row.trackingCode, row.serviceName, address.zipcode, address.city,
                    address.countryCode, ManifestContent.kilograms(grams: row.weightGrams), row.isReturn ? "yes" : "no",
                    address.name, address.contactName ?? "", address.street, address.street2 ?? "",
                    address.region ?? "",
                ], to: &output)
        }
        return output
    }

    /// Appends one record and its CRLF.
    private func append(_ fields: [String], to output: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            appendField(field, to: &output)
        }
        output.append(contentsOf: [0x0D, 0x0A])
    }

    /// Appends one field: formula-prefixed when it starts like a formula, quoted when it holds
    /// a comma, quote, CR or LF.
    private func appendField(_ field: String, to output: inout [UInt8]) {
        let utf8 = field.utf8
        let startsLikeFormula = utf8.first.map { Self.formulaStarts.contains($0) } ?? false
        let needsQuotes = utf8.contains { Self.quotedBytes.contains($0) }
        if needsQuotes { output.append(UInt8(ascii: "\"")) }
        if startsLikeFormula { output.append(UInt8(ascii: "'")) }
        for byte in utf8 {
            output.append(byte)
            if byte == UInt8(ascii: "\"") { output.append(byte) }
        }
        if needsQuotes { output.append(UInt8(ascii: "\"")) }
    }

    /// First bytes that make a spreadsheet read a cell as a formula: `=`, `+`, `-`, `@`, tab, CR.
    private static let formulaStarts: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]
    /// Bytes that make a field need quotes: comma, double quote, CR, LF.
    private static let quotedBytes: Set<UInt8> = [0x2C, 0x22, 0x0D, 0x0A]
}
