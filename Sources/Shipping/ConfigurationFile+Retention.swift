extension ConfigurationFile {
    /// `retention:` section.
    public struct Retention: Decodable, Sendable {
        var personalDataDays: Int?

        enum CodingKeys: String, CodingKey {
            case personalDataDays = "personal_data_days"
        }
    }
}
