import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import Shipping
import Synchronization

/// Requires an operator's `Authorization: Bearer TOKEN` on the operator API and the scope the
/// request needs: `read` for GET and HEAD, `write` for everything else.
///
/// Tokens are compared as SHA-256 digests in constant time. Picqer's Basic credentials never
/// work here (and operator tokens never work on Picqer's routes: those take Basic only).
/// Wrong tokens count as failed logins of the client address (``LoginThrottle``): past the limit,
/// tokens not seen to work before get 429 with `Retry-After`.
struct OperatorAuthMiddleware: RouterMiddleware {
    typealias Context = CarrierRequestContext
    let live: LiveConfiguration
    let throttle: LoginThrottle
    let verified: VerifiedTokens

    /// Digests of tokens that worked before (at most the number of operators ever configured, capped).
    final class VerifiedTokens: Sendable {
        private let digests = Mutex<Set<String>>([])

        func contains(_ digest: String) -> Bool { digests.withLock { $0.contains(digest) } }

        func insert(_ digest: String) {
            digests.withLock { set in
                if set.count >= 1024 { set.removeAll(keepingCapacity: true) }
                set.insert(digest)
            }
        }
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let configuration = live.current.configuration
        let token = Self.bearerToken(request.headers[.authorization])
        let digest = token.map { APIKeyDigest.hex(of: $0) }
        let found = digest.flatMap { find($0, in: configuration.operators) }
        if let digest, found == nil || !verified.contains(digest) {
            let address = ClientAddress.resolve(
                peer: context.peerAddress, forwardedFor: request.headers[values: .xForwardedFor],
                trustedProxies: configuration.server.trustedProxies)
            if let refusal = throttle.check(address: address, username: nil, settings: configuration.auth) {
                try await refusal.answer(
                    OperatorProblem(
                        status: .tooManyRequests,
                        detail:
                            "Too many failed logins from this address: try again in \(refusal.retryAfterSeconds) seconds.",
                        headers: [.retryAfter: "\(refusal.retryAfterSeconds)"]))
            }
            if found == nil { throttle.recordFailure(address: address, username: nil, settings: configuration.auth) }
        }
        guard let found, let digest else {
            CarrierMetrics.authenticationFailure(scheme: "bearer")
            throw OperatorProblem(
                status: .unauthorized, detail: "An operator token is needed: Authorization: Bearer TOKEN.",
                headers: [.wwwAuthenticate: #"Bearer realm="picqer-carrier operator API""#])
        }
        verified.insert(digest)
        let needed: CarrierConfiguration.OperatorScope = [.get, .head].contains(request.method) ? .read : .write
        guard found.scopes.contains(needed) else {
            throw OperatorProblem(
                status: .forbidden, detail: "This token lacks the '\(needed.rawValue)' scope this request needs.")
        }
        var context = context
        context.operatorName = found.name
        return try await next(request, context)
    }

    /// The token of a `Bearer` authorization header.
    static func bearerToken(_ header: String?) -> String? {
        guard let header else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }

    /// The operator whose token digest equals `digest`; every digest is compared in full.
    private func find(_ digest: String, in operators: [CarrierConfiguration.Operator]) -> CarrierConfiguration.Operator?
    {
        let digest = Array(digest.utf8)
        var found: CarrierConfiguration.Operator?
        for candidate in operators {
            let expected = Array(candidate.tokenSHA256.utf8)
            guard expected.count == digest.count else { continue }
            var difference: UInt8 = 0
            for index in expected.indices { difference |= expected[index] ^ digest[index] }
            if difference == 0 { found = candidate }
        }
        return found
    }
}
