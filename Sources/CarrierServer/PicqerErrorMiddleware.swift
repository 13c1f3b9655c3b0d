import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import OpenAPIRuntime
import Shipping

/// Outermost middleware: gives every response a request id, logs one line per request
/// (method, path, status, duration — never bodies, credentials or personal data) and turns
/// every error into Picqer's error shape — or, on the operator API (`/api/v1/…`), into an
/// RFC 9457 problem document — so that nothing reaches a client as a bare 500.
struct PicqerErrorMiddleware: RouterMiddleware {
    typealias Context = CarrierRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let started = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            if request.uri.path.hasPrefix(OperatorAPIRoutes.prefix + "/") {
                response = Self.problemResponse(for: error, context: context)
            } else {
                response = try Self.picqerResponse(for: error, request: request, context: context)
            }
        }
        if request.uri.path.hasPrefix(OperatorAPIRoutes.prefix + "/"),
            let type = response.headers[.contentType], type == "text/plain" || type == "text/csv"
        {
            response.headers[.contentType] = type + "; charset=utf-8"
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

    /// Picqer's error shape for `error`.
    private static func picqerResponse(for error: any Error, request: Request, context: Context) throws -> Response {
        switch error {
        case let error as PicqerError:
            return PicqerError.response(status: error.status, messages: error.messages, headers: error.headers)
        case let error as HTTPError:
            return PicqerError.response(
                status: error.status, messages: [Self.message(for: error.status)], headers: error.headers)
        case is NIOTooManyBytesError:
            return PicqerError.response(status: .contentTooLarge, messages: [Self.message(for: .contentTooLarge)])
        case ShipmentStoreError.unavailable:
            context.logger.warning("Answered 503: the database cannot be used right now")
            return PicqerError.response(
                status: .serviceUnavailable, messages: [Self.storeUnavailableMessage], headers: [.retryAfter: "10"])
        case let error as any HTTPResponseError:
            return try error.response(from: request, context: context)
        default:
            context.logger.error("Unexpected failure", metadata: ["error": "\(type(of: error))"])
            return PicqerError.response(
                status: .internalServerError,
                messages: [
                    "The carrier's server failed unexpectedly. Please try again; if it keeps failing, contact the carrier."
                ])
        }
    }

    /// The operator API's problem document (RFC 9457) for `error`.
    private static func problemResponse(for error: any Error, context: Context) -> Response {
        switch error {
        case let problem as OperatorProblem:
            return problem.response
        case let error as ServerError:
            // The generated server wraps what a handler throws, and reports parameters it
            // could not decode itself.
            if let problem = error.underlyingError as? OperatorProblem { return problem.response }
            return OperatorProblem.response(
                status: .badRequest, detail: "The request could not be read: \(error.underlyingError)")
        case let error as PicqerError where error.status == .methodNotAllowed:
            return OperatorProblem.response(
                status: error.status,
                detail: "This method is not allowed here; the Allow header names the one that is.",
                headers: error.headers)
        case let error as PicqerError:
            return OperatorProblem.response(
                status: error.status, detail: error.messages.joined(separator: " "), headers: error.headers)
        case let error as HTTPError:
            return OperatorProblem.response(
                status: error.status,
                detail: error.status == .notFound
                    ? "Not found. The operator API is described at \(OperatorAPIRoutes.documentPath)."
                    : error.status.reasonPhrase,
                headers: error.headers)
        case is NIOTooManyBytesError:
            return OperatorProblem.response(status: .contentTooLarge, detail: "The request is too large.")
        case ShipmentStoreError.unavailable:
            context.logger.warning("Answered 503: the database cannot be used right now")
            return OperatorProblem.response(
                status: .serviceUnavailable, detail: storeUnavailableMessage, headers: [.retryAfter: "10"])
        default:
            context.logger.error("Unexpected failure", metadata: ["error": "\(type(of: error))"])
            return OperatorProblem.response(
                status: .internalServerError, detail: "The carrier's server failed unexpectedly. Please try again.")
        }
    }

    /// What a client is told while the database cannot be used (``ShipmentStoreError/unavailable``).
    static let storeUnavailableMessage =
        "The carrier's database is briefly unavailable. Please try again in a minute."

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
