import Foundation
import Labels
import Testing

@testable import Shipping

/// `carrier.logo`: a PNG checked when the configuration is loaded.
@Suite struct CarrierLogoConfigurationTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Fixtures").standardized

    static func yaml(logo: String) -> String {
        ConfigurationTests.yaml().replacingOccurrences(
            of: "  name: Testkoerier\n", with: "  name: Testkoerier\n  logo: \(logo)\n")
    }

    @Test func aPNGLogoLoadsRelativeToTheConfiguration() throws {
        let configuration = try CarrierConfiguration.parse(
            yaml: Self.yaml(logo: "logo.png"), environment: [:], baseDirectory: Self.fixtures.path)
        let logo = try #require(configuration.carrier.logo)
        #expect(logo.pixelWidth == 240 && logo.pixelHeight == 96)
    }

    @Test func aMissingOrWrongFileIsNamed() throws {
        do {
            _ = try CarrierConfiguration.parse(
                yaml: Self.yaml(logo: "nowhere.png"), environment: [:], baseDirectory: Self.fixtures.path)
            Issue.record("a missing logo was accepted")
        } catch {
            #expect("\(error)".contains("carrier.logo: cannot read the PNG file"), "\(error)")
        }
        do {
            _ = try CarrierConfiguration.parse(
                yaml: Self.yaml(logo: "example-config.yaml"), environment: [:], baseDirectory: Self.fixtures.path)
            Issue.record("a YAML file was accepted as a logo")
        } catch {
            #expect("\(error)".contains("carrier.logo:") && "\(error)".contains("not a PNG file"), "\(error)")
        }
    }

    /// The demo's built-in logo is the one under Fixtures, and the demo configuration uses it.
    @Test func theDemoLogoIsTheFixture() throws {
        let fixture = try Data(contentsOf: Self.fixtures.appendingPathComponent("logo.png"))
        #expect(DemoConfiguration.logoPNG == Array(fixture))
        let yaml = DemoConfiguration.yaml(
            passwordHash: ConfigurationTests.hash, apiKeySHA256: String(repeating: "a", count: 64), logo: "logo.png")
        let configuration = try CarrierConfiguration.parse(
            yaml: yaml.replacingOccurrences(of: "  tls:\n", with: "  plain_http: true\n  tls:\n"), environment: [:],
            baseDirectory: Self.fixtures.path)
        #expect(configuration.carrier.logo != nil)
    }
}
