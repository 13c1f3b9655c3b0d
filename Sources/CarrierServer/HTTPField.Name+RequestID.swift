import HTTPTypes

extension HTTPField.Name {
    /// `X-Request-ID`: the id of the request in the server's log, for support questions.
    static let requestID = HTTPField.Name("X-Request-ID")!
}
