extension ConfigurationFile {
    /// `log:` section.
    public struct Log: Decodable, Sendable {
        var format: String?
    }
}
