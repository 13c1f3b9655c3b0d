import Foundation
import HTTPTypes
import Hummingbird
import Shipping

/// Requires HTTP Basic credentials of a configured account and puts the account in the context.
///
/// Parses the header itself (Hummingbird's helper drops empty usernames, and Picqer sends
/// `":" + apiKey` when only an API key is configured). Missing or wrong credentials get a 401
/// with a `WWW-Authenticate: Basic` challenge in Picqer's error shape; a throttled login gets a
/// 429 with `Retry-After` (see ``AccountAuthenticator``).
struct BasicAuthMiddleware: RouterMiddleware {
    typealias Context = CarrierRequestContext
    let authenticator: AccountAuthenticator
    let live: LiveConfiguration

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let snapshot = live.current
        let configuration = snapshot.configuration
        guard let credentials = Self.credentials(from: request.headers[.authorization]) else {
            throw Self.unauthorized(realm: configuration.carrier.name)
        }
        let address = ClientAddress.resolve(
            peer: context.peerAddress, forwardedFor: request.headers[values: .xForwardedFor],
            trustedProxies: configuration.server.trustedProxies)
        let outcome = await authenticator.authenticate(
            username: credentials.username, password: credentials.password, address: address,
            directory: snapshot.directory, settings: configuration.auth,
            secondsLeft: context.secondsLeft(of: configuration.server.requestDeadlineSeconds))
        switch outcome {
        case .accepted(let account):
            var context = context
            context.account = account
            return try await next(request, context)
        case .refused:
            throw Self.unauthorized(realm: configuration.carrier.name)
        case .throttled(let refusal):
            try await refusal.answer(
                PicqerError(
                    .tooManyRequests, [Self.message(for: refusal)],
                    headers: [.retryAfter: "\(refusal.retryAfterSeconds)"]))
        }
    }

    /// The 401 of missing or wrong credentials (counted as an authentication failure).
    private static func unauthorized(realm: String) -> PicqerError {
        CarrierMetrics.authenticationFailure(scheme: "basic")
        return PicqerError(
            .unauthorized, [PicqerErrorMiddleware.message(for: .unauthorized)],
            headers: [.wwwAuthenticate: "Basic realm=\"\(realm)\", charset=\"UTF-8\""])
    }

    /// What a throttled client is told (the same whether or not the username exists).
    static func message(for refusal: LoginThrottle.Refusal) -> String {
        switch refusal.reason {
        case .address, .username:
            return
                "Too many failed logins: the carrier accepts no new login attempt for \(refusal.retryAfterSeconds) seconds. Check the credentials in Picqer."
        case .queue:
            return "The carrier's server is busy checking passwords. Please try again in a few seconds."
        }
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
