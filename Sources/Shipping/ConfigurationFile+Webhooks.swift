extension ConfigurationFile {
    /// One entry of `webhooks:`.
    public struct Webhook: Decodable, Sendable {
        var url: String?
        var secret: String?
        var events: [String]?
    }
}
