import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// A real HTTP webhook receiver on a loopback port, for the tests: it answers 503 to the first `failFirst`
/// attempts (or waits `delay` before answering), verifies every Standard Webhooks signature with its secret,
/// and records what it got.
final class WebhookReceiver: Sendable {
    /// One request as received.
    struct Received: Sendable {
        var id: String
        var timestamp: Int
        var signature: String
        var body: [UInt8]
        var signatureValid: Bool
        var answered: Int
        var at: Date

        /// The decoded body: type, timestamp and the shipment.
        var payload: Payload? { try? JSONDecoder().decode(Payload.self, from: Data(body)) }
    }

    struct Payload: Decodable {
        struct Shipment: Decodable {
            struct Recipient: Decodable {
                var name: String?
                var city: String?
            }
            var tracking_code: String
            var status: String
            var tracking_status: String
            var recipient: Recipient
        }
        var type: String
        var timestamp: String
        var data: Shipment
    }

    private struct State {
        var received: [Received] = []
        var failuresLeft: Int
    }

    /// The HMAC key the carrier signs with.
    let key: [UInt8]
    let delay: Duration
    private let state: Mutex<State>
    private let running = Mutex<(task: Task<Void, any Error>, port: Int)?>(nil)

    init(key: [UInt8], failFirst: Int = 0, delay: Duration = .zero) {
        self.key = key
        self.delay = delay
        self.state = Mutex(State(failuresLeft: failFirst))
    }

    /// Everything received so far, in arrival order.
    var received: [Received] { state.withLock { $0.received } }
    /// The requests answered 2xx.
    var delivered: [Received] { received.filter { (200..<300).contains($0.answered) } }

    /// Starts listening on 127.0.0.1:`port` (any free port when 0) and answers with the port.
    @discardableResult
    func start(port: Int = 0) async throws -> Int {
        let router = Router()
        router.post("/hooks") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 1 << 20)
            return await self.answer(request.headers, body: Array(buffer: body))
        }
        var logger = Logger(label: "webhook-receiver")
        logger.logLevel = .warning
        let (portStream, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            }, logger: logger)
        let task = Task { try await app.run() }
        var iterator = portStream.makeAsyncIterator()
        guard let bound = await iterator.next() else { throw CancellationError() }
        running.withLock { $0 = (task, bound) }
        return bound
    }

    /// Stops listening (the port refuses connections afterwards).
    func stop() async {
        guard
            let running = running.withLock({ value -> (task: Task<Void, any Error>, port: Int)? in
                defer { value = nil }
                return value
            })
        else { return }
        running.task.cancel()
        _ = try? await running.task.value
    }

    /// The URL the carrier posts to.
    func url(port: Int) -> String { "http://127.0.0.1:\(port)/hooks" }

    private func answer(_ headers: HTTPFields, body: [UInt8]) async -> Response {
        if delay > .zero { try? await Task.sleep(for: delay) }
        let id = headers[HTTPField.Name("webhook-id")!] ?? ""
        let timestamp = Int(headers[HTTPField.Name("webhook-timestamp")!] ?? "") ?? 0
        let signature = headers[HTTPField.Name("webhook-signature")!] ?? ""
        let valid = Self.verify(id: id, timestamp: timestamp, body: body, signature: signature, key: key)
        let status = state.withLock { state -> Int in
            let status: Int
            if state.failuresLeft > 0 {
                state.failuresLeft -= 1
                status = 503
            } else {
                status = valid ? 204 : 401
            }
            state.received.append(
                .init(
                    id: id, timestamp: timestamp, signature: signature, body: body, signatureValid: valid,
                    answered: status, at: Date()))
            return status
        }
        return Response(status: .init(code: status))
    }

    /// Standard Webhooks verification, written from the specification (not with the server's code): HMAC-SHA256
    /// over "id.timestamp.body", base64, compared with each space-separated `v1,` signature.
    static func verify(id: String, timestamp: Int, body: [UInt8], signature: String, key: [UInt8]) -> Bool {
        let content = Data("\(id).\(timestamp).".utf8) + Data(body)
        let expected = Data(HMAC<SHA256>.authenticationCode(for: content, using: SymmetricKey(data: key)))
            .base64EncodedString()
        return signature.split(separator: " ").contains { part in
            part.hasPrefix("v1,") && part.dropFirst(3) == expected
        }
    }
}
