/// Country names printed on labels, for the destinations a Dutch carrier serves most.
///
/// A code not in the table is printed as the code itself, which carriers accept.
enum CountryNames {
    /// The printed name of `code` (ISO 3166-1 alpha-2) in `language`, upper case.
    static func name(of code: String, in language: LabelContent.CaptionLanguage) -> String {
        let key = code.uppercased()
        guard let names = table[key] else { return key }
        return (language == .dutch ? names.dutch : names.english).uppercased()
    }

    private static let table: [String: (english: String, dutch: String)] = [
        "AT": ("Austria", "Oostenrijk"), "AU": ("Australia", "Australië"), "BE": ("Belgium", "België"),
        "BG": ("Bulgaria", "Bulgarije"), "CA": ("Canada", "Canada"), "CH": ("Switzerland", "Zwitserland"),
        "CY": ("Cyprus", "Cyprus"), "CZ": ("Czechia", "Tsjechië"), "DE": ("Germany", "Duitsland"),
        "DK": ("Denmark", "Denemarken"), "EE": ("Estonia", "Estland"), "ES": ("Spain", "Spanje"),
        "FI": ("Finland", "Finland"), "FR": ("France", "Frankrijk"), "GB": ("United Kingdom", "Verenigd Koninkrijk"),
        "GR": ("Greece", "Griekenland"), "HR": ("Croatia", "Kroatië"), "HU": ("Hungary", "Hongarije"),
        "IE": ("Ireland", "Ierland"), "IS": ("Iceland", "IJsland"), "IT": ("Italy", "Italië"),
        "LI": ("Liechtenstein", "Liechtenstein"), "LT": ("Lithuania", "Litouwen"), "LU": ("Luxembourg", "Luxemburg"),
        "LV": ("Latvia", "Letland"), "MT": ("Malta", "Malta"), "NL": ("Netherlands", "Nederland"),
        "NO": ("Norway", "Noorwegen"), "PL": ("Poland", "Polen"), "PT": ("Portugal", "Portugal"),
        "RO": ("Romania", "Roemenië"), "RS": ("Serbia", "Servië"), "SE": ("Sweden", "Zweden"),
        "SI": ("Slovenia", "Slovenië"), "SK": ("Slovakia", "Slowakije"), "TR": ("Türkiye", "Turkije"),
        "UA": ("Ukraine", "Oekraïne"), "US": ("United States", "Verenigde Staten"),
    ]
}
