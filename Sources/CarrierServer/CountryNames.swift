import Foundation
import PicqerAPI

/// Country names for ISO 3166-1 alpha-2 codes in the tracking page's languages (`NL` → Nederland,
/// Netherlands), looked up once; an unknown code stays as it is.
enum CountryNames {
    private static let names: [Language: [String: String]] = {
        let codes = Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 } + ["XK"]
        var names: [Language: [String: String]] = [:]
        for (language, locale) in [(Language.nl, Locale(identifier: "nl_NL")), (.en, Locale(identifier: "en_GB"))] {
            var table: [String: String] = [:]
            for code in codes { table[code] = locale.localizedString(forRegionCode: code) }
            names[language] = table
        }
        return names
    }()

    /// The name of the country `code` (any case) in `language`.
    static func name(of code: String, in language: Language) -> String {
        let upper = code.uppercased()
        return names[language]?[upper] ?? upper
    }
}
