/// How a field is called in Picqer, in English and Dutch, and what the user should do about it.
///
/// Messages are built as "`english` is missing: `todoEnglish`." / "`dutch` ontbreekt: `todoDutch`.".
struct FieldName: Sendable {
    /// Name as a Picqer user knows it, starting with a capital ("Recipient zipcode").
    let english: String
    /// Dutch name, starting with a capital ("Postcode ontvanger").
    let dutch: String
    /// What to do, lower case, no full stop ("fill in the postcode of the delivery address").
    let todoEnglish: String
    /// Wat te doen, kleine letters, zonder punt ("vul de postcode van het afleveradres in").
    let todoDutch: String

    init(_ english: String, _ dutch: String, todo todoEnglish: String, _ todoDutch: String) {
        self.english = english
        self.dutch = dutch
        self.todoEnglish = todoEnglish
        self.todoDutch = todoDutch
    }

    /// The problem "this field is missing".
    func missing(at path: String) -> Problem {
        Problem(
            field: path, english: "\(english) is missing: \(todoEnglish).", dutch: "\(dutch) ontbreekt: \(todoDutch).")
    }

    /// The problem "this field has a value of the wrong JSON type".
    func wrongType(at path: String, got value: JSONValue, expected: ExpectedType) -> Problem {
        Problem(
            field: path,
            english:
                "\(english) has the wrong type (\(value.englishTypeName) instead of \(expected.english)): \(todoEnglish).",
            dutch:
                "\(dutch) heeft het verkeerde type (\(value.dutchTypeName) in plaats van \(expected.dutch)): \(todoDutch)."
        )
    }

    /// The problem "this text is not a number".
    func notANumber(at path: String, text: String) -> Problem {
        let shown = Quoted(text)
        return Problem(
            field: path, english: "\(english) \(shown) is not a number: \(todoEnglish).",
            dutch: "\(dutch) \(shown) is geen getal: \(todoDutch).")
    }

    /// The problem "this number is not whole".
    func notWhole(at path: String, value: Double) -> Problem {
        Problem(
            field: path, english: "\(english) \(NumberText.format(value)) is not a whole number: \(todoEnglish).",
            dutch: "\(dutch) \(NumberText.formatDutch(value)) is geen geheel getal: \(todoDutch).")
    }

    /// A problem with a specific reason, e.g. "must be more than 0".
    func invalid(at path: String, english reasonEnglish: String, dutch reasonDutch: String) -> Problem {
        Problem(
            field: path, english: "\(english) \(reasonEnglish): \(todoEnglish).",
            dutch: "\(dutch) \(reasonDutch): \(todoDutch).")
    }
}

/// The JSON type a field should have had, named for messages.
enum ExpectedType: Sendable {
    case text, number, wholeNumber, object, list

    var english: String {
        switch self {
        case .text: return "text"
        case .number: return "a number"
        case .wholeNumber: return "a whole number"
        case .object: return "an object"
        case .list: return "a list"
        }
    }

    var dutch: String {
        switch self {
        case .text: return "tekst"
        case .number: return "een getal"
        case .wholeNumber: return "een geheel getal"
        case .object: return "een object"
        case .list: return "een lijst"
        }
    }
}

/// A user's value shown in a message: in single quotes, cut to 40 characters, control characters removed.
struct Quoted: CustomStringConvertible {
    let text: String
    init(_ text: String) { self.text = text }
    var description: String {
        let cleaned = String(
            text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
        let cut = cleaned.count > 40 ? String(cleaned.prefix(39)) + "…" : cleaned
        return "'\(cut)'"
    }
}

/// The names of all fields of Picqer's shipment request.
enum Fields {
    static let shipment = FieldName(
        "Shipment", "Zending", todo: "send the shipment again from Picqer", "verstuur de zending opnieuw vanuit Picqer")
    static let profile = FieldName(
        "Shipping profile", "Verzendprofiel", todo: "check the shipping profile in Picqer",
        "controleer het verzendprofiel in Picqer")
    static let weight = FieldName(
        "Weight", "Gewicht", todo: "enter the weight of the shipment in grams",
        "vul het gewicht van de zending in grammen in")
    static let totalPaid = FieldName(
        "Total paid", "Totaal betaald", todo: "check the total amount of the order",
        "controleer het totaalbedrag van de bestelling")
    static let valueOfGoods = FieldName(
        "Value of goods", "Waarde van de goederen", todo: "check the value of the products",
        "controleer de waarde van de producten")
    static let recipient = FieldName(
        "Recipient", "Ontvanger", todo: "fill in the delivery address of the order",
        "vul het afleveradres van de bestelling in")
    static let recipientName = FieldName(
        "Recipient name", "Naam ontvanger", todo: "fill in the name of the delivery address",
        "vul de naam van het afleveradres in")
    static let recipientContactName = FieldName(
        "Recipient contact name", "Contactpersoon ontvanger", todo: "check the contact person of the delivery address",
        "controleer de contactpersoon van het afleveradres")
    static let recipientAddress = FieldName(
        "Recipient address", "Adres ontvanger", todo: "fill in the street and house number of the delivery address",
        "vul straat en huisnummer van het afleveradres in")
    static let recipientAddress2 = FieldName(
        "Recipient address line 2", "Adresregel 2 ontvanger", todo: "check the second address line",
        "controleer de tweede adresregel")
    static let recipientZipcode = FieldName(
        "Recipient zipcode", "Postcode ontvanger", todo: "fill in the postcode of the delivery address",
        "vul de postcode van het afleveradres in")
    static let recipientCity = FieldName(
        "Recipient city", "Plaats ontvanger", todo: "fill in the city of the delivery address",
        "vul de plaats van het afleveradres in")
    static let recipientRegion = FieldName(
        "Recipient region", "Regio ontvanger", todo: "check the region of the delivery address",
        "controleer de regio van het afleveradres")
    static let recipientCountry = FieldName(
        "Recipient country", "Land ontvanger",
        todo: "choose the country of the delivery address (two-letter code such as NL)",
        "kies het land van het afleveradres (code van twee letters, zoals NL)")
    static let recipientEmail = FieldName(
        "Recipient e-mail address", "E-mailadres ontvanger", todo: "check the e-mail address of the customer",
        "controleer het e-mailadres van de klant")
    static let recipientTelephone = FieldName(
        "Recipient phone number", "Telefoonnummer ontvanger", todo: "check the phone number of the customer",
        "controleer het telefoonnummer van de klant")
    static let references = FieldName(
        "References", "Referenties", todo: "check the references of the shipment",
        "controleer de referenties van de zending")
    static let reference = FieldName(
        "Reference", "Referentie", todo: "check the reference of the shipment",
        "controleer de referentie van de zending")
    static let orderID = FieldName(
        "Order number", "Ordernummer", todo: "check the order number", "controleer het ordernummer")
    static let returnID = FieldName(
        "Return number", "Retournummer", todo: "check the return number", "controleer het retournummer")
    static let picklistID = FieldName(
        "Picklist number", "Picklijstnummer", todo: "check the picklist number", "controleer het picklijstnummer")
    static let preferredDeliveryDate = FieldName(
        "Preferred delivery date", "Gewenste leverdatum", todo: "choose a date such as 2025-09-30 or leave it empty",
        "kies een datum zoals 2025-09-30 of laat het veld leeg")
    static let language = FieldName(
        "Language", "Taal", todo: "choose Dutch or English", "kies Nederlands of Engels")
    static let pickupPoint = FieldName(
        "Pickup point", "Afhaalpunt", todo: "choose the pickup point again in Picqer",
        "kies het afhaalpunt opnieuw in Picqer")
    static let customsData = FieldName(
        "Customs data", "Douanegegevens", todo: "check the customs details of the products in Picqer",
        "controleer de douanegegevens van de producten in Picqer")
    static let customsProducts = FieldName(
        "Customs products", "Douaneproducten", todo: "add the products of the shipment with their customs details",
        "voeg de producten van de zending toe met hun douanegegevens")

    /// A field of a pickup point, e.g. "Pickup point ID" / "ID van het afhaalpunt" (`dutch` starts with a capital).
    static func pickupPoint(_ english: String, _ dutch: String) -> FieldName {
        FieldName(
            "Pickup point \(english)", "\(dutch) van het afhaalpunt", todo: "choose the pickup point again in Picqer",
            "kies het afhaalpunt opnieuw in Picqer")
    }

    /// A field of customs product `number` (1-based), e.g. "Customs product 3: HS code".
    static func customsProduct(_ number: Int, _ english: String, _ dutch: String, todo: String, _ todoDutch: String)
        -> FieldName
    {
        FieldName("Customs product \(number): \(english)", "Douaneproduct \(number): \(dutch)", todo: todo, todoDutch)
    }
}
