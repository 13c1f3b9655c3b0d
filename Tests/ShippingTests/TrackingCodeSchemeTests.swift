import Testing

@testable import Shipping

@Suite struct TrackingCodeSchemeTests {
    @Test(arguments: [("47312482", 9), ("12345678", 5), ("00000001", 4), ("00000000", 5), ("00000010", 2)])
    func s10CheckDigits(serial: String, check: Int) {
        #expect(TrackingCodeScheme.s10CheckDigit(serial) == check)
    }

    @Test func s10Codes() {
        let scheme = TrackingCodeScheme.s10(prefix: "RR", country: "NL")
        #expect(scheme.code(forSerial: 12_345_678) == "RR123456785NL")
        #expect(scheme.code(forSerial: 1) == "RR000000014NL")
        #expect(scheme.maximumSerial == 99_999_999)
    }

    @Test func mod10Codes() {
        // GS1 mod-10 of the SSCC data digits 34043416123456789 is 6.
        #expect(TrackingCodeScheme.mod10CheckDigit("34043416123456789") == 6)
        let scheme = TrackingCodeScheme.mod10(prefix: "PC", digits: 10)
        let code = scheme.code(forSerial: 17)
        #expect(code == "PC0000000017" + String(TrackingCodeScheme.mod10CheckDigit("0000000017")))
        #expect(code.count == 13)
    }
}
