import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// Outermost middleware: gives every response a request id, logs one line per request
/// (method, path, status, duration — never bodies, credentials or personal data) and turns
/// every error into Picqer's error shape, so that nothing reaches Picqer as a bare 500.
struct PicqerErrorMiddleware: RouterMiddleware {
    typealias Context = CarrierRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let started = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as PicqerError {
            response = PicqerError.response(status: error.status, messages: error.messages, headers: error.headers)
        } catch let error as HTTPError {
            response = PicqerError.response(
                status: error.status, messages: [Self.message(for: error.status)], headers: error.headers)
        } catch is NIOTooManyBytesError {
            response = PicqerError.response(status: .contentTooLarge, messages: [Self.message(for: .contentTooLarge)])
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch {
            context.logger.error("Unexpected failure", metadata: ["error": "\(type(of: error))"])
            response = PicqerError.response(
                status: .internalServerError,
                messages: [
                    "The carrier's server failed unexpectedly. Please try again; if it keeps failing, contact the carrier."
                ])
        }
        let requestID = context.id
        response.headers[.requestID] = requestID
        let milliseconds = (ContinuousClock.now - started).inSeconds * 1000
        context.logger.info(
            "request",
            metadata: [
                "method": "\(request.method.rawValue)",
                "path": "\(Self.loggablePath(request.uri.path))",
                "status": "\(response.status.code)",
                "ms": "\(String(format: "%.1f", milliseconds))",
            ])
        return response
    }

    /// The path as logged: the pattern of the route it matches (never a parameter's value, such as a
    /// tracking code), so that nothing a client typed into a URL ends up in the logs.
    static func loggablePath(_ path: String) -> String {
        Route.matching(path).first?.path ?? "(other)"
    }

    static func message(for status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound:
            return "Not found. Picqer's URLs are \(Route.configOptions.path) and \(Route.shipments.path)."
        case .methodNotAllowed:
            return "This method is not allowed here: "
                + [Route.configOptions, .shipments].map { "\($0.path) takes \($0.method.rawValue)" }
                .joined(separator: ", ") + "."
        case .unauthorized:
            return "Username/password or API key not accepted by the carrier. Check the credentials in Picqer."
        case .contentTooLarge:
            return "The request is too large for the carrier's server."
        case .unsupportedMediaType:
            return "Send the shipment as JSON (Content-Type: application/json)."
        case .badRequest:
            return "The request could not be read."
        default:
            return status.reasonPhrase
        }
    }
}
