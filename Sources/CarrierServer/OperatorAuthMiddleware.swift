import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import Shipping

/// Requires an operator's `Authorization: Bearer TOKEN` on the operator API and the scope the
/// request needs: `read` for GET and HEAD, `write` for everything else.
///
/// Tokens are compared as SHA-256 digests in constant time. Picqer's Basic credentials never
/// work here (and operator tokens never work on Picqer's routes: those take Basic only).
struct OperatorAuthMiddleware: RouterMiddleware {
    typealias Context = CarrierRequestContext
    let operators: [CarrierConfiguration.Operator]

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let token = Self.bearerToken(request.headers[.authorization]), let found = find(token) else {
            throw OperatorProblem(
                status: .unauthorized, detail: "An operator token is needed: Authorization: Bearer TOKEN.",
                headers: [.wwwAuthenticate: #"Bearer realm="picqer-carrier operator API""#])
        }
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

    /// The operator whose token digest equals that of `token`; every digest is compared in full.
    private func find(_ token: String) -> CarrierConfiguration.Operator? {
        let digest = Array(APIKeyDigest.hex(of: token).utf8)
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
