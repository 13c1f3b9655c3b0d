import Testing

@testable import Shipping

/// `log.format` in the configuration file: text by default, json on request, anything else named.
@Suite struct LogConfigurationTests {
    static func parse(_ extra: String) throws(ConfigurationError) -> CarrierConfiguration {
        try CarrierConfiguration.parse(
            yaml: ConfigurationTests.yaml() + "\n" + extra, environment: [:], baseDirectory: "/srv")
    }

    @Test func textUnlessJSONIsAskedFor() throws {
        #expect(try Self.parse("").logFormat == .text)
        #expect(try Self.parse("log: {format: json}").logFormat == .json)
    }

    @Test func anotherFormatIsNamed() {
        #expect {
            try Self.parse("log: {format: xml}")
        } throws: { error in
            "\(error)".contains("log.format") && "\(error)".contains("xml")
        }
    }
}
