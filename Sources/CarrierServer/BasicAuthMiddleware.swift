import Foundation
import HTTPTypes
import Hummingbird

/// Requires HTTP Basic credentials of a configured account and puts the account in the context.
///
/// Parses the header itself (Hummingbird's helper drops empty usernames, and Picqer sends
/// `":" + apiKey` when only an API key is configured). Missing or wrong credentials get a 401
/// with a `WWW-Authenticate: Basic` challenge in Picqer's error shape.
struct BasicAuthMiddleware: RouterMiddleware {
    typealias Context = CarrierRequestContext
    let authenticator: AccountAuthenticator
    let realm: String

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let credentials = Self.credentials(from: request.headers[.authorization]),
            let account = await authenticator.authenticate(
                username: credentials.username, password: credentials.password)
        else {
            throw PicqerError(
                .unauthorized, [PicqerErrorMiddleware.message(for: .unauthorized)],
                headers: [.wwwAuthenticate: "Basic realm=\"\(realm)\", charset=\"UTF-8\""])
        }
        var context = context
        context.account = account
        return try await next(request, context)
    }

    /// Username and password of a `Basic` authorization header; the username may be empty.
    static func credentials(from header: String?) -> (username: String, password: String)? {
        guard let header else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "basic",
            let data = Data(base64Encoded: String(parts[1]).trimmingCharacters(in: .whitespaces)),
            let decoded = String(data: data, encoding: .utf8),
            let colon = decoded.firstIndex(of: ":")
        else { return nil }
        return (String(decoded[..<colon]), String(decoded[decoded.index(after: colon)...]))
    }
}
