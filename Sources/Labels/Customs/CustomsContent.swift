/// What the customs documents (CN23 declaration and commercial invoice) of a parcel say.
///
/// Rendered together with the parcel's ``LabelContent`` into one A4 PDF.
public struct CustomsContent: Sendable, Equatable {
    /// Category of item, as ticked on the CN23.
    public enum Category: String, Sendable, Equatable, CaseIterable {
        /// Sale of goods (the default for web shops).
        case saleOfGoods = "sale_of_goods"
        /// A gift.
        case gift
        /// A commercial sample.
        case commercialSample = "commercial_sample"
        /// Goods being returned.
        case returnedGoods = "returned_goods"
        /// Documents only.
        case documents
        /// Anything else (explained in ``CustomsContent/categoryExplanation``).
        case other
    }

    /// One line of goods.
    public struct Item: Sendable, Equatable {
        /// Detailed description of the goods.
        public var description: String
        /// Number of units.
        public var quantity: Int
        /// Net weight of one unit in grams.
        public var unitWeightGrams: Int
        /// Value of one unit in ``CustomsContent/currency``.
        public var unitValue: Double
        /// HS tariff number, 6 to 10 digits.
        public var hsCode: String
        /// ISO 3166-1 alpha-2 country of origin.
        public var originCountry: String

        /// Creates a line of goods.
        public init(
            description: String, quantity: Int, unitWeightGrams: Int, unitValue: Double, hsCode: String,
            originCountry: String
        ) {
            self.description = description
            self.quantity = quantity
            self.unitWeightGrams = unitWeightGrams
            self.unitValue = unitValue
            self.hsCode = hsCode
            self.originCountry = originCountry
        }
    }

    /// The lines of goods, in order.
    public var items: [Item]
    /// CN23 category of item.
    public var category: Category
    /// Explanation printed when ``category`` is ``Category/other``.
    public var categoryExplanation: String?
    /// ISO 4217 currency of all values, e.g. "EUR".
    public var currency: String
    /// Invoice number (derived from the order reference).
    public var invoiceNumber: String
    /// Invoice and declaration date as `YYYY-MM-DD`.
    public var invoiceDate: String
    /// Incoterm, e.g. "DAP".
    public var incoterm: String
    /// Reason for export printed on the invoice, e.g. "Sale".
    public var reasonForExport: String
    /// Postage and fees, when known, in ``currency``.
    public var postage: Double?
    /// Sender's VAT or EORI number, when configured.
    public var senderTaxID: String?
    /// Addressee's (importer's) customs reference — VAT number, tax code or importer code —
    /// when the buyer gave one; printed on the CN23 and the invoice.
    public var importerReference: String?
    /// Number of CN23 copies in the document.
    public var declarationCopies: Int
    /// Number of commercial invoice copies in the document.
    public var invoiceCopies: Int

    /// Creates customs content.
    public init(
        items: [Item], category: Category = .saleOfGoods, categoryExplanation: String? = nil,
        currency: String = "EUR", invoiceNumber: String, invoiceDate: String, incoterm: String = "DAP",
        reasonForExport: String = "Sale", postage: Double? = nil, senderTaxID: String? = nil,
        declarationCopies: Int = 1, invoiceCopies: Int = 1, importerReference: String? = nil
    ) {
        self.items = items
        self.category = category
        self.categoryExplanation = categoryExplanation
        self.currency = currency
        self.invoiceNumber = invoiceNumber
        self.invoiceDate = invoiceDate
        self.incoterm = incoterm
        self.reasonForExport = reasonForExport
        self.postage = postage
        self.senderTaxID = senderTaxID
        self.declarationCopies = declarationCopies
        self.invoiceCopies = invoiceCopies
        self.importerReference = importerReference
    }
}
