import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOHTTP1
import Testing

/// The deadline counts from the request head: a body that does not arrive in time is answered 408 well
/// inside the deadline, and the server keeps serving others meanwhile.
@Suite struct RequestDeadlineTests {
    @Test(.timeLimit(.minutes(1))) func aStalledBodyGets408BeforeTheDeadline() async throws {
        let carrier = try TestCarrier(deadlineSeconds: 2)
        let body = Array(try TestCarrier.fixture("nl-domestic.json").readableBytesView)
        try await carrier.withServer { client in
            let port = try #require(client.port)
            async let stalled: (LoopbackHTTPS.Answer, Double, Bool) = LoopbackHTTPS.withConnection(port: port) {
                connection in
                let started = ContinuousClock.now
                try await connection.sendHead(
                    .POST, "/picqer-integration/shipments",
                    headers: [
                        LoopbackHTTPS.basic("shop-a", TestCarrier.shopAPassword), ("Content-Type", "application/json"),
                    ], contentLength: body.count)
                try await connection.sendBody(Array(body.prefix(body.count / 2)))
                let answer = try await connection.readAnswer()
                let took = ((ContinuousClock.now - started) / .seconds(1))
                // The server closed the connection: it does not wait for the rest of the body.
                let closed = (try? await connection.readAnswer()) == nil
                return (answer, took, closed)
            }
            // Others are served while that body stalls.
            try await Task.sleep(for: .milliseconds(300))
            try await client.execute(
                uri: "/picqer-integration/shipments", method: .post,
                headers: TestCarrier.shopA.merging([.contentType: "application/json"]),
                body: try TestCarrier.fixture("nl-domestic.json")
            ) { response in
                #expect(response.status == .ok)
            }
            let (answer, took, closed) = try await stalled
            #expect(answer.status == 408)
            #expect(answer.text.contains(#""error_messages""#))
            #expect(took >= 1.5 && took < 2.5, "408 at the deadline of 2 s counted from the head, took \(took) s")
            #expect(closed)
        }
    }
}
