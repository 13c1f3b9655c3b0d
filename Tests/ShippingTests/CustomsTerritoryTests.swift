import Testing

@testable import Shipping

@Suite struct CustomsTerritoryTests {
    @Test(arguments: [
        ("NL", "6825MC", false), ("nl", "1012 AB", false), ("ES", "28001", false), ("ES", "35001", true),
        ("ES", "38001", true), ("ES", "51001", true), ("ES", "52001", true), ("GB", "BT1 1AA", false),
        ("GB", "SW1A 1AA", true), ("CH", "1201", true), ("NO", "0150", true), ("DE", "10115", false),
        ("DE", "27498", true), ("DE", "78266", true), ("IT", "23041", true), ("IT", "00118", false),
        ("FR", "97110", true), ("FR", "75001", false), ("FI", "22100", true), ("FI", "00100", false),
        ("GR", "63086", true), ("EL", "10558", false), ("MC", "98000", false), ("SM", "47890", true),
        ("AD", "AD500", true), ("JE", "JE2 3AB", true), ("PT", "9000-001", false),
    ])
    func documentsAreDecidedByCountryAndPostcode(country: String, postcode: String, needed: Bool) {
        #expect(CustomsTerritory.requiresCustomsDocuments(country: country, postcode: postcode) == needed)
    }
}
