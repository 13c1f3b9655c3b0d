import CarrierServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing

/// `--log-format json`: every record one JSON object, requests carry their id, and no personal data.
@Suite struct JSONLogTests {
    final class Lines: Sendable {
        let lines = Mutex<[String]>([])
        func add(_ line: String) { lines.withLock { $0.append(line) } }
        var all: [String] { lines.withLock { $0 } }
    }

    @Test func aServerLogsOneJSONObjectPerLineWithTheRequestID() async throws {
        let lines = Lines()
        var logger = Logger(label: "picqer-carrier") { JSONLogHandler(label: $0, sink: lines.add) }
        logger.logLevel = .info
        let carrier = try TestCarrier()
        let flow = try carrier.flow()
        let app = try CarrierApplication.build(flow: flow, logger: logger)
        let requestIDs = try await app.test(.ahc(.https)) { client in
            var ids: [String] = []
            for (body, expected) in [
                ("nl-domestic.json", HTTPResponse.Status.ok),
                ("bad/three-problems-at-once.json", .unprocessableContent),
            ] {
                try await client.execute(
                    uri: "/picqer-integration/shipments", method: .post,
                    headers: TestCarrier.shopA.merging([.contentType: "application/json"]),
                    body: try TestCarrier.fixture(body)
                ) { response in
                    #expect(response.status == expected)
                    ids.append(try #require(response.headers[.init("X-Request-ID")!]))
                }
            }
            return ids
        }
        let records = try lines.all.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
        }
        #expect(!records.isEmpty)
        for record in records {
            #expect(record["time"] is String && record["level"] is String && record["message"] is String)
            let time = try #require(record["time"] as? String)
            #expect(time.count == 24 && time.hasSuffix("Z"), "\(time)")
        }
        for id in requestIDs {
            #expect(records.contains { $0["request_id"] as? String == id }, "no record of request \(id)")
        }
        // The NL fixture's recipient: none of it in the log.
        let text = lines.all.joined(separator: "\n")
        for personal in ["Picqer B.V.", "Meander 251", "info@picqer.com", "6825MC"] {
            #expect(!text.contains(personal), "\(personal) was logged")
        }
    }

    @Test func metadataOfEveryKindBecomesJSON() throws {
        let lines = Lines()
        var logger = Logger(label: "test") { JSONLogHandler(label: $0, sink: lines.add) }
        logger[metadataKey: "service"] = "picqer-carrier"
        logger.warning(
            "Quote \" and newline \n kept", metadata: ["list": ["a", "b"], "nested": ["k": "v"], "count": "\(3)"])
        let first = try #require(lines.all.first)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        #expect(record["level"] as? String == "warning" && record["label"] as? String == "test")
        #expect(record["message"] as? String == "Quote \" and newline \n kept")
        let metadata = try #require(record["metadata"] as? [String: Any])
        #expect(metadata["service"] as? String == "picqer-carrier" && metadata["list"] as? [String] == ["a", "b"])
        #expect((metadata["nested"] as? [String: String]) == ["k": "v"])
        #expect(lines.all.count == 1 && !lines.all[0].contains("\n"))
    }
}
