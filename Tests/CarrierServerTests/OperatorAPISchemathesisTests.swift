import CarrierServer
import Foundation
import HTTPTypes
import HummingbirdTesting
import LabelVerification
import Testing

/// schemathesis (PyPI) fuzzes the live operator API with the served OpenAPI document: no 5xx,
/// every status code, content type, header and body as the document says.
@Suite struct OperatorAPISchemathesisTests {
    @Test func schemathesisFindsNothing() async throws {
        let carrier = try TestCarrier()
        let folder = carrier.folder
        try await carrier.withServer { client in
            // Something real to find: shipments in the feed, an A4 and a cancelled one.
            let first = try #require(try await OperatorAPITests.create(client).data)
            _ = try await OperatorAPITests.create(client, fixture: "ch-customs.json")
            try await client.execute(
                uri: "/api/v1/shipments/\(first.tracking_code)/cancel", method: .post, headers: TestCarrier.operatorRW
            ) { #expect($0.status == .ok) }
            let port = try #require(client.port)
            let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../../Sources/CarrierServer/openapi.yaml").standardized.path
            let output = try await ExternalTools.runDetached(
                "schemathesis",
                [
                    "run", schema, "--url", "https://127.0.0.1:\(port)/api/v1", "--tls-verify", "false",
                    "-H", "Authorization: Bearer \(TestCarrier.operatorToken)",
                    "--checks",
                    "not_a_server_error,status_code_conformance,content_type_conformance,"
                        + "response_headers_conformance,response_schema_conformance",
                    "--max-examples", "40", "--seed", "1", "--no-color",
                ], in: folder)
            let text = output.stdout + output.stderr
            #expect(output.status == 0, "schemathesis found problems:\n\(text.suffix(6000))")
            #expect(text.contains("passed") || text.contains("PASSED"), "\(text.suffix(2000))")
        }
    }
}
