import Foundation
import HTTPTypes
import OpenAPIRuntime
import Shipping

/// Registers the generated operator routes on `base`, answering the change feed's ordinary requests
/// (`GET /api/v1/shipments` with `after` and `limit` well formed, JSON acceptable) from the same records
/// but written by ``StreamingJSONEncoder``, one slice per core: a page of 500 shipments is the operator
/// API's largest answer, and Foundation's encoder spent over a third of its time. Every other request to that route (odd
/// parameters, another `Accept`) goes through the generated code, which decodes, checks and answers as
/// the document says.
struct ChangeFeedFastPath<Base: ServerTransport>: ServerTransport {
    let base: Base
    let service: OperatorAPIService
    let path: String

    func register(
        _ handler:
            @Sendable @escaping (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (
                HTTPResponse, HTTPBody?
            ),
        method: HTTPRequest.Method, path: String
    ) throws {
        guard method == .get, path == self.path else {
            return try base.register(handler, method: method, path: path)
        }
        let service = self.service
        try base.register(
            { request, body, metadata in
                guard let query = ChangeFeedQuery.plain(request) else {
                    return try await handler(request, body, metadata)
                }
                let page = try await service.feedPage(query)
                var response = HTTPResponse(status: .ok)
                response.headerFields[.contentType] = "application/json; charset=utf-8"
                let view = OperatorShipmentView(configuration: service.configuration)
                return (response, HTTPBody(try await ChangeFeedPage.json(of: page, view: view)))
            }, method: method, path: path)
    }
}

/// Writes change-feed pages.
enum ChangeFeedPage {
    /// The page as the document's `ShipmentPage`: `{"shipments": [...], "next_cursor": "..."}`. The shipments
    /// are built from their stored requests and written in up to one slice per core at once (reading a stored
    /// request is most of a page's work); the slices are joined in order.
    static func json(of page: (records: [ShipmentRecord], nextCursor: String), view: OperatorShipmentView)
        async throws -> [UInt8]
    {
        let records = page.records
        let slices = max(1, min(ProcessInfo.processInfo.activeProcessorCount, records.count / 100))
        let size = (records.count + slices - 1) / max(slices, 1)
        let parts = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for slice in 0..<slices {
                let range = (slice * size)..<min(records.count, (slice + 1) * size)
                group.addTask {
                    (slice, try StreamingJSONEncoder.encode(records[range].compactMap(view.shipment(of:))))
                }
            }
            var parts = [[UInt8]](repeating: [], count: slices)
            for try await (slice, bytes) in group { parts[slice] = bytes }
            return parts
        }
        var json = Array(#"{"shipments":["#.utf8)
        var first = true
        for part in parts where part.count > 2 {  // each part is a JSON array: drop its brackets
            if !first { json.append(UInt8(ascii: ",")) }
            json.append(contentsOf: part[1..<(part.count - 1)])
            first = false
        }
        json.append(contentsOf: Array(#"],"next_cursor":"#.utf8))
        json.append(contentsOf: try StreamingJSONEncoder.encode(page.nextCursor))
        json.append(UInt8(ascii: "}"))
        return json
    }
}

/// Reads the change feed's plain queries.
enum ChangeFeedQuery {
    /// The query when it is one the fast path reads exactly as the generated code would: at most one
    /// `after` of cursor characters and one `limit` of up to four digits, nothing else, and an `Accept` that
    /// is absent or plainly takes JSON.
    static func plain(_ request: HTTPRequest) -> Operations.ListShipments.Input.Query? {
        if let accept = request.headerFields[.accept],
            !["*/*", "application/json", "application/*"].contains(accept.trimmingCharacters(in: .whitespaces))
        {
            return nil
        }
        let target = request.path ?? ""
        guard let mark = target.firstIndex(of: "?") else { return .init() }
        var after: String?
        var limit: Int?
        for item in target[target.index(after: mark)...].split(separator: "&", omittingEmptySubsequences: false) {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[1].isEmpty else { return nil }
            let value = parts[1]
            switch parts[0] {
            case "after"
            where after == nil && value.count <= 64
                && value.utf8.allSatisfy({ $0.isCursorCharacter }):
                after = String(value)
            case "limit" where limit == nil && value.count <= 4 && value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }):
                limit = Int(value)
            default:
                return nil
            }
        }
        return .init(after: after, limit: limit)
    }
}

extension UInt8 {
    /// A character of the feed's cursors (URL-safe Base64 without padding).
    fileprivate var isCursorCharacter: Bool {
        switch self {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            return true
        default: return false
        }
    }
}
