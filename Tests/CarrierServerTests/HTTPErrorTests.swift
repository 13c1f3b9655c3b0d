import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// Every error, wherever it comes from, reaches Picqer as a 4xx in its own shape.
@Suite struct HTTPErrorTests {
    private static func expectPicqerError(_ response: TestResponse, _ status: HTTPResponse.Status, _ name: String)
        throws
    {
        #expect(response.status == status, "\(name)")
        #expect(response.headers[.contentType]?.hasPrefix("application/json") == true, "\(name)")
        #expect(response.headers[HTTPField.Name("X-Request-ID")!]?.isEmpty == false, "\(name)")
        let answer = try PicqerAnswer(response.body)
        #expect(answer.version == "1.0", "\(name)")
        #expect(answer.error_messages?.first?.isEmpty == false, "\(name)")
    }

    @Test func errorsHaveTheRightStatusAndPicqersShape() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let json: HTTPFields = TestCarrier.shopA.merging([.contentType: "application/json"])
            try Self.expectPicqerError(try await client.execute(uri: "/nope", method: .get), .notFound, "404")
            try Self.expectPicqerError(
                try await client.execute(
                    uri: "/picqer-integration/shipments", method: .get, headers: TestCarrier.shopA),
                .methodNotAllowed, "405")
            try Self.expectPicqerError(
                try await client.execute(
                    uri: "/picqer-integration/shipments", method: .post, headers: json,
                    body: ByteBuffer(repeating: UInt8(ascii: " "), count: 1_100_000)),
                .contentTooLarge, "413")
            try Self.expectPicqerError(
                try await client.execute(
                    uri: "/picqer-integration/shipments", method: .post,
                    headers: TestCarrier.shopA.merging([.contentType: "text/html"]), body: ByteBuffer(string: "<p>")),
                .unsupportedMediaType, "415")
            for body in ["", "[1,2]", "\"text\"", "{\"data\": 5}", "null", "{", "\u{0}"] {
                let response = try await client.execute(
                    uri: "/picqer-integration/shipments", method: .post, headers: json, body: ByteBuffer(string: body))
                #expect([400, 422].contains(response.status.code), "body \(body.debugDescription): \(response.status)")
                _ = try PicqerAnswer(response.body)
            }
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }
}
