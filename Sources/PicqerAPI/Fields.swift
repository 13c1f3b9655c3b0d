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
