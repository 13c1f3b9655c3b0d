import HTTPTypes
import Hummingbird

/// Answers 405 with an `Allow` header when a known path is called with the wrong method
/// (Hummingbird's router would answer 404). The known paths are those of ``Route``.
struct MethodGuardMiddleware: RouterMiddleware {
    typealias Context = CarrierRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let methods = Route.matching(request.uri.path).flatMap(\.methods)
        if !methods.isEmpty, !methods.contains(request.method) {
            throw PicqerError(
                .methodNotAllowed, [PicqerErrorMiddleware.message(for: .methodNotAllowed)],
                headers: [.allow: methods.map(\.rawValue).joined(separator: ", ")])
        }
        return try await next(request, context)
    }
}
