import HTTPTypes
import Hummingbird

/// Answers 405 with an `Allow` header when a known path is called with the wrong method
/// (Hummingbird's router would answer 404).
struct MethodGuardMiddleware: RouterMiddleware {
    typealias Context = CarrierRequestContext

    static let allowed: [String: [HTTPRequest.Method]] = [
        "/health": [.get],
        "/picqer-integration/config-options": [.get],
        "/picqer-integration/shipments": [.post],
    ]

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var path = request.uri.path
        if path.count > 1, path.hasSuffix("/") { path.removeLast() }
        if let methods = Self.allowed[path], !methods.contains(request.method) {
            throw PicqerError(
                .methodNotAllowed, [PicqerErrorMiddleware.message(for: .methodNotAllowed)],
                headers: [.allow: methods.map(\.rawValue).joined(separator: ", ")])
        }
        return try await next(request, context)
    }
}
