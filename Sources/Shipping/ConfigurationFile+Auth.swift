extension ConfigurationFile {
    /// `auth:` section.
    public struct Auth: Decodable, Sendable {
        var throttle: Throttle?
        var maxQueueSeconds: Double?

        enum CodingKeys: String, CodingKey {
            case throttle
            case maxQueueSeconds = "max_queue_seconds"
        }
    }

    /// `auth.throttle:` section.
    public struct Throttle: Decodable, Sendable {
        var perAddressPerMinute: Int?
        var perUsernamePerMinute: Int?

        enum CodingKeys: String, CodingKey {
            case perAddressPerMinute = "per_address_per_minute"
            case perUsernamePerMinute = "per_username_per_minute"
        }
    }
}
