import AsyncHTTPClient
import Foundation
import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOSSL
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The outbox survives `kill -9`: the real `picqer-carrier serve` binary commits a change while the receiver is
/// down, is killed, and after a restart (receiver up) the notification arrives.
@Suite struct WebhookCrashTests {
    /// The `picqer-carrier` executable built next to the test bundle.
    static func binary() throws -> URL {
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("picqer-carrier"))
            // Inside an .xctest bundle folder (macOS): two levels up.
            candidates.append(
                executable.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                    .appendingPathComponent("picqer-carrier"))
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/picqer-carrier"))
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw BinaryMissing(looked: candidates.map(\.path))
        }
        return found
    }

    struct BinaryMissing: Error, CustomStringConvertible {
        var looked: [String]
        var description: String { "picqer-carrier is not built; looked at \(looked.joined(separator: ", "))" }
    }

    /// A free loopback port (bound by a receiver, then released).
    static func freePort() async throws -> Int {
        let probe = WebhookReceiver(key: [0])
        let port = try await probe.start()
        await probe.stop()
        return port
    }

    /// Starts `picqer-carrier serve` with the carrier's config.yaml on `port`, logging to `log`.
    static func serve(_ carrier: TestCarrier, port: Int, log: URL) throws -> Process {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = ["serve", "--config", carrier.folder.appendingPathComponent("config.yaml").path]
        var environment = ProcessInfo.processInfo.environment
        environment["PICQER_CARRIER_PORT"] = String(port)
        environment["LOG_LEVEL"] = "info"
        process.environment = environment
        if !FileManager.default.fileExists(atPath: log.path) {
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        }
        let handle = try FileHandle(forWritingTo: log)
        handle.seekToEndOfFile()
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        return process
    }

    /// Waits until the server at `base` answers its health check.
    static func waitUntilUp(_ client: HTTPClient, _ base: String, process: Process) async throws {
        let end = Date().addingTimeInterval(30)
        while Date() < end {
            guard process.isRunning else { break }
            if let response = try? await client.execute(HTTPClientRequest(url: base + "/health"), timeout: .seconds(2)),
                response.status == .ok
            {
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw ServerDidNotStart()
    }

    struct ServerDidNotStart: Error {}

    static func get(_ client: HTTPClient, _ url: String) async throws -> (status: UInt, body: String) {
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "Authorization", value: "Bearer \(TestCarrier.operatorToken)")
        let response = try await client.execute(request, timeout: .seconds(10))
        let body = try await response.body.collect(upTo: 1 << 20)
        return (response.status.code, String(buffer: body))
    }

    @Test func aNotificationCommittedBeforeAKillIsDeliveredAfterTheRestart() async throws {
        let receiverPort = try await Self.freePort()
        let serverPort = try await Self.freePort()
        let carrier = try TestCarrier(extraYAML: WebhookDeliveryTests.yaml(port: receiverPort))
        let log = carrier.folder.appendingPathComponent("server.log")
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.certificateVerification = .none
        let client = HTTPClient(
            eventLoopGroupProvider: .singleton, configuration: .init(tlsConfiguration: tls))
        let base = "https://127.0.0.1:\(serverPort)"
        let receiver = WebhookReceiver(key: WebhookDeliveryTests.key)
        do {
            // 1. The receiver is down; a shipment is made (shipment.created is committed with it).
            let first = try Self.serve(carrier, port: serverPort, log: log)
            try await Self.waitUntilUp(client, base, process: first)
            var request = HTTPClientRequest(url: base + "/picqer-integration/shipments")
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/json")
            for field in TestCarrier.shopA { request.headers.add(name: field.name.rawName, value: field.value) }
            request.body = .bytes(try TestCarrier.fixture("nl-domestic.json"))
            let response = try await client.execute(request, timeout: .seconds(20))
            let answer = try PicqerAnswer(try await response.body.collect(upTo: 1 << 22))
            let code = try #require(answer.data?.tracking_code)
            let pending = try await Self.get(client, base + "/api/v1/webhook-deliveries?state=pending")
            #expect(pending.status == 200 && pending.body.contains(code), "\(pending.body)")

            // 2. kill -9 between the commit and any delivery.
            kill(first.processIdentifier, SIGKILL)
            first.waitUntilExit()
            #expect(first.terminationReason == Process.TerminationReason.uncaughtSignal)
            #expect(receiver.received.isEmpty)

            // 3. Receiver up, server restarted: the notification arrives, signed, once delivered.
            try await receiver.start(port: receiverPort)
            let second = try Self.serve(carrier, port: serverPort, log: log)
            defer {
                second.terminate()
                second.waitUntilExit()
            }
            try await Self.waitUntilUp(client, base, process: second)
            try await WebhookDeliveryTests.eventually(10) { !receiver.delivered.isEmpty }
            let delivered = try #require(
                receiver.delivered.first, "\((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
            #expect(delivered.signatureValid)
            #expect(delivered.payload?.type == "shipment.created" && delivered.payload?.data.tracking_code == code)
            try await WebhookDeliveryTests.eventually(5) {
                try await Self.get(client, base + "/api/v1/webhook-deliveries?state=delivered").body.contains(code)
            }
        } catch {
            await receiver.stop()
            try? await client.shutdown()
            Issue.record("\(error)\n\((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
            return
        }
        await receiver.stop()
        try await client.shutdown()
    }
}
