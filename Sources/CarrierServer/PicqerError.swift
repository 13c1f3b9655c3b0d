import Foundation
import HTTPTypes
import Hummingbird
import PicqerAPI

/// An answer in Picqer's error shape: a status and `{"version":"1.0","error_messages":[…]}`.
///
/// Picqer shows the messages of a 4xx answer to the warehouse user, so every message says
/// what went wrong and what to do.
struct PicqerError: Error, HTTPResponseError {
    let status: HTTPResponse.Status
    let messages: [String]
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, _ messages: [String], headers: HTTPFields = [:]) {
        self.status = status
        self.messages = messages
        self.headers = headers
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Self.response(status: status, messages: messages, headers: headers)
    }

    static func response(status: HTTPResponse.Status, messages: [String], headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        let body = PicqerJSON.encode(ErrorResponse(messages: messages))
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
