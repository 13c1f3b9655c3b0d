import CarrierServer
import Foundation
import HTTPTypes
import HummingbirdTesting
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
            let output = try Self.run(
                "schemathesis",
                [
                    "run", schema, "--url", "https://127.0.0.1:\(port)/api/v1", "--tls-verify", "false",
                    "-H", "Authorization: Bearer \(TestCarrier.operatorToken)",
                    "--checks",
                    "not_a_server_error,status_code_conformance,content_type_conformance,"
                        + "response_headers_conformance,response_schema_conformance",
                    "--max-examples", "40", "--seed", "1", "--no-color",
                ], in: folder)
            #expect(output.status == 0, "schemathesis found problems:\n\(output.text.suffix(6000))")
            #expect(output.text.contains("passed") || output.text.contains("PASSED"), "\(output.text.suffix(2000))")
        }
    }

    /// Runs `tool` (from PATH) and returns its exit status and combined output.
    static func run(_ tool: String, _ arguments: [String], in folder: URL) throws -> (status: Int32, text: String) {
        let log = folder.appendingPathComponent("\(tool).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        process.currentDirectoryURL = folder
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try String(contentsOf: log, encoding: .utf8))
    }
}
