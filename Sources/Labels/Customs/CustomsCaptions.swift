/// A fixed caption on a customs document: English, with the French of the UPU form below it
/// where the CN 23 has one (customs forms are filled in English or French).
struct CustomsCaption: Equatable {
    /// The English caption.
    var english: String
    /// The French sub-caption, when printed.
    var french: String?

    init(_ english: String, _ french: String? = nil) {
        self.english = english
        self.french = french
    }
}

/// The fixed texts of the CN 23 customs declaration.
enum CN23Captions {
    static let formName = "CN 23"
    static let title = CustomsCaption("CUSTOMS DECLARATION", "DÉCLARATION EN DOUANE")
    static let openedOfficially = CustomsCaption("May be opened officially", "Peut être ouvert d'office")
    static let sender = CustomsCaption("From", "De")
    static let addressee = CustomsCaption("To", "À")
    static let senderReference = CustomsCaption(
        "Sender's customs reference (VAT/EORI)", "Référence en douane de l'expéditeur")
    static let importerReference = CustomsCaption(
        "Importer's reference (VAT/tax code)", "Référence de l'importateur")
    static let itemReference = CustomsCaption("Item reference (tracking code)", "N° de l'envoi")
    static let invoiceNumber = CustomsCaption("Invoice no.", "N° de la facture")
    static let category = CustomsCaption("Category of item", "Catégorie de l'envoi")
    static let explanation = CustomsCaption("Explanation", "Explication")
    static let number = CustomsCaption("No.", "N°")
    static let description = CustomsCaption("Detailed description of contents", "Description détaillée du contenu")
    static let quantity = CustomsCaption("Quantity", "Quantité")
    static let netWeight = CustomsCaption("Net weight (kg)", "Poids net (kg)")
    static func value(currency: String) -> CustomsCaption {
        CustomsCaption("Value (\(currency))", "Valeur")
    }
    static let hsCode = CustomsCaption("HS tariff number", "N° tarifaire du SH")
    static let origin = CustomsCaption("Country of origin", "Pays d'origine")
    static let totals = CustomsCaption("Totals", "Totaux")
    static let totalGrossWeight = CustomsCaption("Total gross weight (kg)", "Poids brut total (kg)")
    static let totalValue = CustomsCaption("Total value", "Valeur totale")
    static let postage = CustomsCaption("Postal charges/Fees", "Frais de port/Frais")
    static let declaration = CustomsCaption(
        "I, the undersigned, whose name and address are given on the item, certify that the particulars given "
            + "in this declaration are correct and that this item does not contain any dangerous article or "
            + "articles prohibited by legislation or by postal or customs regulations.",
        "Je certifie que les renseignements donnés dans la présente déclaration sont exacts et que cet envoi "
            + "ne contient aucun objet dangereux ou interdit par la réglementation postale ou douanière.")
    static let dateAndSignature = CustomsCaption("Date and sender's signature", "Date et signature de l'expéditeur")
    static let continued = CustomsCaption("continued", "suite")

    /// The tick-box caption of a category of item.
    static func category(_ category: CustomsContent.Category) -> CustomsCaption {
        switch category {
        case .gift: CustomsCaption("Gift", "Cadeau")
        case .commercialSample: CustomsCaption("Commercial sample", "Échantillon commercial")
        case .documents: CustomsCaption("Documents", "Documents")
        case .returnedGoods: CustomsCaption("Returned goods", "Retour de marchandise")
        case .saleOfGoods: CustomsCaption("Sale of goods", "Vente de marchandises")
        case .other: CustomsCaption("Other", "Autre")
        }
    }

    /// The order of the tick boxes on the form: two columns of three.
    static let categoryOrder: [CustomsContent.Category] = [
        .gift, .commercialSample, .documents, .returnedGoods, .saleOfGoods, .other,
    ]
}

/// The fixed texts of the commercial invoice.
enum InvoiceCaptions {
    static let title = "COMMERCIAL INVOICE"
    static let seller = CustomsCaption("Seller / exporter")
    static let buyer = CustomsCaption("Buyer / consignee")
    static let taxID = "VAT/EORI"
    static let invoiceNumber = CustomsCaption("Invoice no.")
    static let invoiceDate = CustomsCaption("Invoice date")
    static let currency = CustomsCaption("Currency")
    static let trackingCode = CustomsCaption("Tracking code")
    static let carrier = CustomsCaption("Carrier / service")
    static let orderReference = CustomsCaption("Order reference")
    static let shippingDate = CustomsCaption("Shipping date")
    static let reasonForExport = CustomsCaption("Reason for export")
    static let incoterm = CustomsCaption("Incoterm")
    static let packages = CustomsCaption("Number of packages")
    static let totalNetWeight = CustomsCaption("Total net weight (kg)")
    static let totalGrossWeight = CustomsCaption("Total gross weight (kg)")
    static let number = CustomsCaption("No.")
    static let description = CustomsCaption("Description of goods")
    static let hsCode = CustomsCaption("HS code")
    static let origin = CustomsCaption("Origin")
    static let quantity = CustomsCaption("Qty")
    static let netWeight = CustomsCaption("Net wt (kg)")
    static let unitValue = CustomsCaption("Unit value")
    static let lineTotal = CustomsCaption("Total")
    static let subtotal = "Total value of goods"
    static let freight = "Freight / postage"
    static let invoiceTotal = "Total invoice value"
    static let declaration =
        "I declare that the information on this invoice is true and correct and that the contents of this "
        + "shipment are as stated above."
    static let signature = "Signature"
    static let nameAndDate = "Name and date"
    static let continued = "continued"
}

/// Texts shared by the pages of the customs document.
enum CustomsDocumentCaptions {
    /// "copy 1 of 2"
    static func copy(_ number: Int, of count: Int) -> String {
        "copy \(number) of \(count)"
    }

    /// "page 1 of 3"
    static func page(_ number: Int, of count: Int) -> String {
        "page \(number) of \(count)"
    }

    /// The instruction printed under the label on the first page.
    static let cutInstruction = "Cut out the label along the dashed line and attach it to the parcel."
    static let pouchInstruction =
        "Put the customs documents (CN 23 and commercial invoice, all copies) in a transparent document "
        + "pouch on the outside of the parcel."
}
