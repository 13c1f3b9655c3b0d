import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// An error of the operator API as an RFC 9457 problem document (`application/problem+json`):
/// `type`, `title`, `status`, `detail`, and `errors` naming every bad parameter at once.
struct OperatorProblem: Error, Sendable {
    /// One bad parameter (query or path) or body field (JSON pointer).
    struct FieldError: Encodable, Sendable, Equatable {
        var parameter: String?
        var pointer: String?
        var detail: String
    }

    var status: HTTPResponse.Status
    var detail: String
    var errors: [FieldError] = []
    var headers: HTTPFields = [:]

    /// A 400 naming each bad parameter.
    static func badParameters(_ errors: [FieldError]) -> OperatorProblem {
        OperatorProblem(
            status: .badRequest,
            detail: errors.count == 1 ? errors[0].detail : "\(errors.count) parameters are not valid.", errors: errors)
    }

    /// A 404 for what `what` names.
    static func notFound(_ what: String) -> OperatorProblem {
        OperatorProblem(status: .notFound, detail: what)
    }

    private struct Document: Encodable {
        var type: String
        var title: String
        var status: Int
        var detail: String
        var errors: [FieldError]?
    }

    /// The response: the problem document with `headers`.
    var response: Response {
        Self.response(status: status, detail: detail, errors: errors, headers: headers)
    }

    /// A problem response for `status`.
    static func response(
        status: HTTPResponse.Status, detail: String, errors: [FieldError] = [], headers: HTTPFields = [:]
    ) -> Response {
        let document = Document(
            type: "about:blank", title: status.reasonPhrase, status: status.code, detail: detail,
            errors: errors.isEmpty ? nil : errors)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = (try? encoder.encode(document)) ?? Data(#"{"type":"about:blank","status":500}"#.utf8)
        var fields = headers
        fields[.contentType] = "application/problem+json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
