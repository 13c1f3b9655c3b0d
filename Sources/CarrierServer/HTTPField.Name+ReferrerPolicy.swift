import HTTPTypes

extension HTTPField.Name {
    /// `Referrer-Policy`: what a browser may tell other sites about the page a link was on.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
