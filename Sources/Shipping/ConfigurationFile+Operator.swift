extension ConfigurationFile {
    /// An entry of the `operators:` section.
    public struct Operator: Decodable, Sendable {
        var name: String?
        var tokenSHA256: String?
        var scopes: [String]?

        enum CodingKeys: String, CodingKey {
            case name, scopes
            case tokenSHA256 = "token_sha256"
        }
    }
}
