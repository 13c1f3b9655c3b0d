extension ConfigurationFile {
    /// `metrics:` section.
    public struct Metrics: Decodable, Sendable {
        var listen: String?
    }
}
