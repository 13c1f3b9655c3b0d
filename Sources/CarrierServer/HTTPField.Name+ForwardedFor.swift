import HTTPTypes

extension HTTPField.Name {
    /// `X-Forwarded-For`: believed only from the operator's trusted proxies (``ClientAddress``).
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
}
