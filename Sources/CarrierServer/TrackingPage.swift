import Foundation
import Hummingbird
import NIOCore
import Shipping

/// The public tracking page a tracking URL opens: status and service of a parcel, without
/// any personal data (anyone with the code can open it).
struct TrackingPage: Sendable {
    let configuration: CarrierConfiguration
    let store: any ShipmentStore

    func show(_ request: Request, context: CarrierRequestContext) async throws -> Response {
        let code = context.parameters.get("code") ?? ""
        let valid =
            !code.isEmpty && code.count <= 40 && code.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
        let record = valid ? try await store.shipment(trackingCode: code) : nil
        let carrier = Self.escape(configuration.carrier.name)
        let body: String
        let status: HTTPResponse.Status
        if let record, record.status != .void {
            let service = configuration.services.first { $0.value == record.service }?.name ?? record.service
            let state: String
            switch record.status {
            case .active: state = "Label printed — awaiting pickup by \(carrier)"
            case .cancelled: state = "Cancelled: this parcel will not be sent"
            case .pending, .void: state = "Being registered"
            }
            body = """
                <h1>\(Self.escape(record.trackingCode))</h1>
                <p><strong>\(state)</strong></p>
                <p>Service: \(Self.escape(service))\(record.isReturn ? " (return)" : "")</p>
                <p>Registered: \(ISO8601DateFormatter.string(from: record.createdAt, timeZone: .gmt, formatOptions: [.withFullDate]))</p>
                """
            status = .ok
        } else {
            body =
                "<h1>Unknown tracking code</h1><p>\(carrier) has no parcel with this code. Check the code in your e-mail.</p>"
            status = .notFound
        }
        let html = """
            <!doctype html><html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(carrier) — track your parcel</title>
            <style>body{font-family:sans-serif;max-width:36em;margin:2em auto;padding:0 1em}</style>
            </head><body><p>\(carrier)</p>\(body)</body></html>
            """
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
