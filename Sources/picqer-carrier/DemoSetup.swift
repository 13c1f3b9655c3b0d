import CarrierServer
import Foundation
import HummingbirdBcrypt
import Shipping

/// Writes the demo's configuration and development certificate (`serve --demo`), and makes the demo
/// configuration `render` uses without a configuration file.
enum DemoSetup {
    /// Makes the certificate and, unless it exists, the configuration file in `directory`; returns the
    /// configuration file's path.
    static func prepare(in directory: String) throws -> String {
        let folder = URL(fileURLWithPath: directory).standardizedFileURL.path
        try DevelopmentCertificate.ensure(in: folder)
        let configPath = folder + "/config.yaml"
        let logoPath = folder + "/logo.png"
        if !FileManager.default.fileExists(atPath: logoPath) {
            try Data(DemoConfiguration.logoPNG).write(to: URL(fileURLWithPath: logoPath))
        }
        if !FileManager.default.fileExists(atPath: configPath) {
            try yaml(bcryptCost: 10, logo: "logo.png")
                .write(toFile: configPath, atomically: true, encoding: .utf8)
        }
        return configPath
    }

    /// The demo configuration with the demo's password hashed at `bcryptCost`, and the carrier
    /// logo at `logo` (relative to the configuration's folder) when given.
    static func yaml(bcryptCost: UInt8, logo: String? = nil) -> String {
        DemoConfiguration.yaml(
            passwordHash: Bcrypt.hash(DemoConfiguration.password, cost: bcryptCost),
            apiKeySHA256: APIKeyDigest.hex(of: DemoConfiguration.apiKey), logo: logo,
            operatorTokenSHA256: APIKeyDigest.hex(of: DemoConfiguration.operatorToken))
    }
}
