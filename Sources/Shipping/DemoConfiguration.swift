import Foundation

/// The configuration `picqer-carrier serve --demo` runs with: a demo carrier, three services
/// and one account (`demo` / `demo`, or API key `demo-api-key` with an empty username).
public enum DemoConfiguration {
    /// Username of the demo account.
    public static let username = "demo"
    /// Password of the demo account.
    public static let password = "demo"
    /// API key of the demo account (sent with an empty username).
    public static let apiKey = "demo-api-key"
    /// Name of the demo operator (operator API, both scopes).
    public static let operatorName = "demo-ops"
    /// Bearer token of the demo operator.
    public static let operatorToken = "demo-operator-token"

    /// The demo carrier's logo: a PNG, the same bytes as `Fixtures/logo.png` (a test keeps
    /// them equal), written beside the demo configuration.
    public static var logoPNG: [UInt8] { Array(Data(base64Encoded: logoBase64) ?? Data()) }

    private static let logoBase64 =
        "iVBORw0KGgoAAAANSUhEUgAAAPAAAABgCAAAAAAGWKANAAAA6ElEQVR42u3bQQ6DMAwF0bn/pd0bVEEtEGXGa4R4Gyv+DoysCBw4cODAgQMHDhw4cODAgQOrwPyxAgcOHPieznsGmB/A31+8+szTYHRgdGB0YDYC393+rnTKk8DowOjA6MDowOjA6MBoDh5r4hPB6MDowOjA6MDowOjAHB3irX/EyWBeA3NbBQ4cePfxMHDgwO+Dtz54HARueGg8LAAo4inEK6YtiDeuWnTLtNalLcS78tClliXwyMAjA8824GcOHiMDjww8MvDIwCMDjww8gS+A+xUvcODAgfcEOypw4MCBAwcOHPix+gCovdUDRU7sygAAAABJRU5ErkJggg=="

    /// YAML text of the demo configuration.
    /// - Parameters:
    ///   - passwordHash: bcrypt hash of ``password``.
    ///   - apiKeySHA256: hex SHA-256 of ``apiKey``.
    ///   - port: TCP port to listen on.
    ///   - logo: Path of the carrier's logo file, relative to the configuration's folder.
    ///   - operatorTokenSHA256: hex SHA-256 of ``operatorToken``; no operator when `nil`.
    public static func yaml(
        passwordHash: String, apiKeySHA256: String, port: Int = 8443, logo: String? = nil,
        operatorTokenSHA256: String? = nil
    ) -> String {
        """
        # picqer-carrier demo configuration (made by `picqer-carrier serve --demo`).
        server:
          host: 127.0.0.1
          port: \(port)
          public_base_url: https://localhost:\(port)
          tls:
            certificate: certificate.pem
            private_key: private-key.pem
            minimum_version: "1.2"
          request_deadline_seconds: 15
        database:
          path: picqer-carrier.sqlite
        carrier:
          key: courier
          name: Snelkoerier Demo\(logo.map { "\n  logo: \($0)" } ?? "")
          tracking_code:
            scheme: s10
            prefix: CC
            country: NL
        services:
          - value: standard
            name: Parcel Standard
            code: STD
            max_weight_grams: 31500
          - value: express
            name: Express Next Day
            code: EXP
            max_weight_grams: 20000
          - value: documents
            name: Documents International
            code: DOC
            max_weight_grams: 2000
            documents_only: true
        accounts:
          - username: \(username)
            password_hash: "\(passwordHash)"
            api_key_sha256: \(apiKeySHA256)
            display_name: Demo Webshop
            services: [standard, express, documents]
            default_service: standard
            sender_addresses:
              - id: 1
                name: Demo Webshop B.V.
                street: Meander 601
                zipcode: 6825 MC
                city: Arnhem
                country: NL
                tax_id: NL123456789B01
              - id: 2
                name: Demo Outlet
                street: Delta 39
                zipcode: 6825 ML
                city: Arnhem
                country: NL
            default_sender_address: 1
            customs:
              category: sale_of_goods
              declaration_copies: 1
              invoice_copies: 2
              incoterm: DAP
        \(operatorTokenSHA256.map { "operators:\n  - name: \(operatorName)\n    token_sha256: \($0)\n    scopes: [read, write]\n" } ?? "")
        """
    }
}
