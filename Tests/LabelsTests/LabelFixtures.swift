import Labels
import Testing

/// A label to render in tests, with the text that must come back out of the PDF.
struct LabelFixture: Sendable, CustomTestStringConvertible {
    /// Short name used in test output and file names.
    var name: String
    /// What the label says.
    var content: LabelContent
    /// Strings that must appear (in order of reading, whitespace-insensitive) in the text of
    /// the PDF. For lines that are too long for their box only the start is listed.
    var expectedText: [String]

    var testDescription: String { name }
}

enum LabelFixtures {
    static let warehouse = LabelContent.Address(
        name: "Webwinkel De Vries B.V.", street: "Industrieweg 12", zipcode: "3542 AD", city: "Utrecht",
        countryCode: "NL")

    /// An everyday domestic label with every optional field filled in, Dutch captions.
    static let ordinary = LabelFixture(
        name: "ordinary-nl",
        content: LabelContent(
            carrierName: "Snelkoerier", serviceName: "Pakket Standaard", serviceCode: "STD", sender: warehouse,
            recipient: .init(
                name: "Jan Jansen", contactName: "Familie Jansen", street: "Kerkstraat 1", street2: "2e verdieping",
                zipcode: "1012 AB", city: "Amsterdam", region: "Noord-Holland", countryCode: "NL"),
            trackingCode: "RR123456785NL", trackingURL: "https://track.snelkoerier.nl/t/RR123456785NL",
            weightGrams: 2350, shippingDate: "2026-11-25", preferredDeliveryDate: "2026-11-27",
            insuredValue: "EUR 199.99", reference: "ORDER-10042",
            instructions: "Bij de buren afgeven als niemand thuis is",
            routingCode: "AMS-07", language: .dutch),
        expectedText: [
            "Webwinkel De Vries B.V.", "Industrieweg 12", "3542 AD Utrecht", "STD", "AMS-07", "Pakket Standaard",
            "2,35 kg", "1/1", "2026-11-25", "2026-11-27", "Jan Jansen", "Familie Jansen", "Kerkstraat 1",
            "2e verdieping", "1012 AB", "Amsterdam", "Noord-Holland", "NEDERLAND", "RR 1234 5678 5 NL", "ORDER-10042",
            "EUR 199.99", "Bij de buren",
        ])

    /// Name and street far longer than their boxes.
    static let longLines = LabelFixture(
        name: "long-lines",
        content: LabelContent(
            carrierName: "Snelkoerier", serviceName: "Parcel Standard with a very long marketing name for the service",
            serviceCode: "STANDARDPLUS", sender: warehouse,
            recipient: .init(
                name:
                    "Maximiliaan Bartholomeus van der Heijden-Vandenberghe tot Oud-Zuilenstein en Nieuw-Amstel Holding",
                street: "Burgemeester van Nispen tot Sevenaerstraat-Zuidoostelijke Parallelweg 1234567 bis achterzijde",
                zipcode: "5211 AB", city: "'s-Hertogenbosch", countryCode: "NL"),
            trackingCode: "3SABCD1234567890", trackingURL: "https://track.snelkoerier.nl/t/3SABCD1234567890",
            weightGrams: 31_500, shippingDate: "2026-11-25",
            reference: "A-very-long-order-reference-1234567890-ABCDEFGHIJ-KLMNOPQRSTUVWXYZ",
            instructions: String(repeating: "Leave the parcel at the back door behind the green gate. ", count: 6)),
        expectedText: [
            "Maximiliaan Bartholomeus", "Burgemeester van Nispen", "5211 AB", "'s-Hertogenbosch", "31.50 kg",
        ])

    /// Delivered to a parcel shop instead of the street address.
    static let pickupPoint = LabelFixture(
        name: "pickup-point",
        content: LabelContent(
            carrierName: "Snelkoerier", serviceName: "Parcel Shop", serviceCode: "PS", sender: warehouse,
            recipient: .init(
                name: "Petra de Boer", street: "Lindelaan 8", zipcode: "2514 EE", city: "Den Haag", countryCode: "NL"),
            pickupPoint: .init(
                id: "NL-204711", name: "Primera Centrum", street: "Grote Marktstraat 44", zipcode: "2511 BJ",
                city: "Den Haag", countryCode: "NL"),
            trackingCode: "RR987654321NL", trackingURL: "https://track.snelkoerier.nl/t/RR987654321NL",
            weightGrams: 800, shippingDate: "2026-11-25"),
        expectedText: [
            "PICKUP POINT NL-204711", "Primera Centrum", "Grote Marktstraat 44", "2511 BJ", "Den Haag", "NETHERLANDS",
            "for: Petra de Boer",
        ])

    /// A return shipment to the warehouse.
    static let returnLabel = LabelFixture(
        name: "return",
        content: LabelContent(
            carrierName: "Snelkoerier", serviceName: "Retour", serviceCode: "RET",
            sender: .init(
                name: "Jan Jansen", street: "Kerkstraat 1", zipcode: "1012 AB", city: "Amsterdam", countryCode: "NL"),
            recipient: warehouse, trackingCode: "RT000000017NL",
            trackingURL: "https://track.snelkoerier.nl/t/RT000000017NL",
            weightGrams: 1200, shippingDate: "2026-11-26", reference: "RMA-5521", isReturn: true, language: .english),
        expectedText: [
            "Jan Jansen", "Kerkstraat 1", "RETURN", "Webwinkel De Vries B.V.", "Industrieweg 12", "3542 AD", "Utrecht",
            "RMA-5521",
        ])

    /// Only the required fields.
    static let minimal = LabelFixture(
        name: "minimal",
        content: LabelContent(
            carrierName: "Snelkoerier", serviceName: "Parcel", serviceCode: "P",
            sender: .init(name: "Shop", street: "Weg 1", zipcode: "1000 AA", city: "Amsterdam", countryCode: "NL"),
            recipient: .init(name: "Ann", street: "Rue 2", zipcode: "1000", city: "Bruxelles", countryCode: "BE"),
            trackingCode: "12345678", trackingURL: "https://t.example/1", weightGrams: 5, shippingDate: "2026-11-25"),
        expectedText: ["Shop", "Weg 1", "Ann", "Rue 2", "1000", "Bruxelles", "BELGIUM", "0.01 kg", "1234 5678"])

    /// Greek, Cyrillic and Polish names and places.
    static let international = LabelFixture(
        name: "international",
        content: LabelContent(
            carrierName: "Snelkoerier", serviceName: "Europe Priority", serviceCode: "EUP",
            sender: .init(name: "Zoë Ångström", street: "Łąkowa 5", zipcode: "90-001", city: "Łódź", countryCode: "PL"),
            recipient: .init(
                name: "Αλέξανδρος Παπαδόπουλος", contactName: "Дмитрий Иванов", street: "Οδός Ερμού 12",
                street2: "улица Тверская 7", zipcode: "105 63", city: "Αθήνα", region: "Москва", countryCode: "GR"),
            trackingCode: "RR555555556NL", trackingURL: "https://track.snelkoerier.nl/t/RR555555556NL",
            weightGrams: 450, shippingDate: "2026-11-25"),
        expectedText: [
            "Zoë Ångström", "Łąkowa 5", "Łódź", "POLAND", "Αλέξανδρος Παπαδόπουλος", "Дмитрий Иванов", "Οδός Ερμού 12",
            "улица Тверская 7", "105 63", "Αθήνα", "Москва", "GREECE",
        ])

    /// A parcel to Athens, everything but the sender in Greek.
    static let greek = LabelFixture(
        name: "greek",
        content: LabelContent(
            carrierName: "Snelkoerier", serviceName: "Europe Priority", serviceCode: "EUP", sender: warehouse,
            recipient: .init(
                name: "Γεώργιος Παπαδόπουλος", contactName: "Μαρία Νικολάου", street: "Οδός Ερμού 25",
                zipcode: "105 63", city: "Αθήνα", region: "Αττική", countryCode: "GR"),
            trackingCode: "RR555555556NL", trackingURL: "https://track.snelkoerier.nl/t/RR555555556NL",
            weightGrams: 1200, shippingDate: "2026-11-25", reference: "Παραγγελία 4711"),
        expectedText: ["Γεώργιος Παπαδόπουλος", "Μαρία Νικολάου", "Οδός Ερμού 25", "105 63", "Αθήνα", "GREECE"])

    /// A parcel to Sofia in Bulgarian Cyrillic.
    static let bulgarian = LabelFixture(
        name: "bulgarian",
        content: LabelContent(
            carrierName: "Snelkoerier", serviceName: "Europe Priority", serviceCode: "EUP", sender: warehouse,
            recipient: .init(
                name: "Иван Петров", street: "бул. Витоша 15", zipcode: "1000", city: "София", countryCode: "BG"),
            trackingCode: "RR555555556NL", trackingURL: "https://track.snelkoerier.nl/t/RR555555556NL",
            weightGrams: 800, shippingDate: "2026-11-25", instructions: "Обадете се преди доставка"),
        expectedText: ["Иван Петров", "бул. Витоша 15", "1000", "София", "BULGARIA"])

    /// A parcel to Łódź: Polish letters outside Latin-1.
    static let polish = LabelFixture(
        name: "polish",
        content: LabelContent(
            carrierName: "Snelkoerier", serviceName: "Europe Priority", serviceCode: "EUP", sender: warehouse,
            recipient: .init(
                name: "Małgorzata Wiśniewska", street: "ulica Piotrkowska 120", zipcode: "90-006", city: "Łódź",
                countryCode: "PL"),
            trackingCode: "RR555555556NL", trackingURL: "https://track.snelkoerier.nl/t/RR555555556NL",
            weightGrams: 2100, shippingDate: "2026-11-25"),
        expectedText: ["Małgorzata Wiśniewska", "ulica Piotrkowska 120", "90-006", "Łódź", "POLAND"])

    /// The scripts a thermal printer's resident font cannot print.
    static let nonLatin = [greek, bulgarian, polish]

    /// All fixtures.
    static let all = [ordinary, longLines, pickupPoint, returnLabel, minimal, international, greek, bulgarian, polish]
}
