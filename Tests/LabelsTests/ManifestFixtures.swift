import Labels

/// Manifests used by the tests.
enum ManifestFixtures {
    /// The sender address of the shop.
    static let sender = LabelContent.Address(
        name: "Webwinkel De Vries B.V.", street: "Industrieweg 12", zipcode: "3542 AD", city: "Utrecht",
        countryCode: "NL")

    /// The tracking code of parcel `number` (1-based): fixed width, so no code is a prefix of
    /// another.
    static func trackingCode(_ number: Int) -> String {
        "3SSNK" + String(String(100_000_000 + number).suffix(8))
    }

    /// The weight of parcel `number` in grams.
    static func weightGrams(_ number: Int) -> Int {
        250 + number * 37 % 9_000
    }

    /// A manifest of `count` parcels; every tenth is a return, every seventh has a city and a
    /// service name far too long for their columns, every thirteenth a Greek city.
    static func manifest(_ count: Int, sender: LabelContent.Address? = Self.sender) -> ManifestContent {
        ManifestContent(
            carrierName: "Snelkoerier", accountName: "Webwinkel De Vries", accountUsername: "devries",
            senderAddress: sender, date: "2026-11-25",
            rows: (0..<count).map { index in
                let number = index + 1
                let city: String
                let service: String
                if number % 7 == 0 {
                    city = "Hoogezand-Sappemeer aan het Winschoterdiep en omliggende dorpen"
                    service = "Pakket Standaard met handtekening en verzekering tot 5000 euro"
                } else if number % 13 == 0 {
                    city = "Θεσσαλονίκη"
                    service = "Pakket Internationaal"
                } else {
                    city = "Amsterdam"
                    service = "Pakket Standaard"
                }
                return .init(
                    trackingCode: trackingCode(number), serviceName: service, zipcode: "1012 AB", city: city,
                    countryCode: number % 13 == 0 ? "GR" : "NL", weightGrams: weightGrams(number),
                    isReturn: number % 10 == 0)
            })
    }
}
