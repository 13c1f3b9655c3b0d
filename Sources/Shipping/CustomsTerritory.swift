/// Decides from country **and postcode** whether a parcel sent from the EU needs customs
/// documents (CN23 and commercial invoice).
///
/// Documents are needed for destinations outside the EU customs territory and for the
/// special territories outside the EU VAT area that carriers treat as export (Canary Islands,
/// Åland, Mount Athos, the French overseas departments, Campione d'Italia, …). Northern
/// Ireland follows EU rules for goods and Monaco counts as France: no documents there.
public enum CustomsTerritory {
    /// The 27 EU member states (Greece also as `EL`).
    static let memberStates: Set<String> = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "EL", "IE", "IT", "LV", "LT", "LU",
        "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "HU",
    ]

    /// Non-member codes that are inside both the customs union and the VAT area.
    static let treatedAsMember: Set<String> = ["MC"]

    /// Whether a parcel to `country` (ISO 3166-1 alpha-2, any case) and `postcode` needs
    /// customs documents.
    public static func requiresCustomsDocuments(country: String, postcode: String) -> Bool {
        let country = country.uppercased()
        let digits = postcode.uppercased().filter { $0.isLetter || $0.isNumber }
        if treatedAsMember.contains(country) { return false }
        if country == "GB" || country == "UK" || country == "XI" {
            // Northern Ireland (BT postcodes) applies EU customs rules to goods.
            return !(country == "XI" || digits.hasPrefix("BT"))
        }
        guard memberStates.contains(country) else { return true }
        return specialTerritory(country: country, postcode: digits)
    }

    /// Whether a parcel to `country` needs customs documents when its postcode is not known (yet):
    /// `nil` when the answer depends on the postcode (e.g. Spain: the Canary Islands need documents,
    /// Madrid does not).
    public static func requiresCustomsDocuments(country: String, postcodeIfKnown postcode: String?) -> Bool? {
        if let postcode { return requiresCustomsDocuments(country: country, postcode: postcode) }
        let country = country.uppercased()
        if postcodeDecides.contains(country) { return nil }
        return requiresCustomsDocuments(country: country, postcode: "")
    }

    /// Countries where the postcode decides whether customs documents are needed.
    static let postcodeDecides: Set<String> = ["GB", "UK", "ES", "FI", "GR", "EL", "DE", "IT", "FR"]

    private static func specialTerritory(country: String, postcode: String) -> Bool {
        func starts(_ prefixes: String...) -> Bool { prefixes.contains { postcode.hasPrefix($0) } }
        switch country {
        case "ES":
            // Canary Islands (35xxx, 38xxx), Ceuta (51xxx), Melilla (52xxx).
            return postcode.count == 5 && starts("35", "38", "51", "52")
        case "FI":
            // Åland Islands (22xxx, also written AX-22xxx).
            return starts("22", "AX22")
        case "GR", "EL":
            // Mount Athos.
            return postcode == "63086"
        case "DE":
            // Büsingen am Hochrhein, Heligoland.
            return postcode == "78266" || postcode == "27498"
        case "IT":
            // Livigno, Campione d'Italia.
            return postcode == "23041" || postcode == "22061"
        case "FR":
            // Guadeloupe, Martinique, French Guiana, Réunion, Mayotte, Saint-Martin, and the
            // overseas collectivities (975, 977, 984–988) written with French postcodes.
            return postcode.count == 5
                && starts("971", "972", "973", "974", "975", "976", "977", "984", "986", "987", "988")
        default:
            return false
        }
    }
}
