import CarrierServer
import Foundation
import HummingbirdBcrypt
import NIOCore
import NIOHTTP1
import NIOPosix
import Testing

/// The real `picqer-carrier serve` process: graceful stop on SIGTERM and configuration reload on SIGHUP,
/// each with a request in flight.
@Suite struct ServerProcessTests {
    /// A `picqer-carrier serve` process on a free loopback port, with its configuration in a folder of its own.
    final class ServerProcess: @unchecked Sendable {
        let folder: URL
        let port: Int
        let process = Process()
        let logFile: URL
        var configFile: URL { folder.appendingPathComponent("config.yaml") }

        init(accounts: String? = nil) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("carrier-bin-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try TestCarrier.certificate.certificate.write(
                to: folder.appendingPathComponent("cert.pem"), atomically: true, encoding: .utf8)
            try TestCarrier.certificate.privateKey.write(
                to: folder.appendingPathComponent("key.pem"), atomically: true, encoding: .utf8)
            port = try Self.freePort()
            logFile = folder.appendingPathComponent("server.log")
            try writeConfiguration(accounts: accounts)
            _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
            guard let binary = Self.binary() else { throw MissingBinary() }
            process.executableURL = binary
            process.arguments = ["serve", "--config", configFile.path, "--log-level", "info"]
            let log = try FileHandle(forWritingTo: logFile)
            process.standardOutput = log
            process.standardError = log
        }

        func writeConfiguration(accounts: String? = nil, extraYAML: String = "") throws {
            try TestCarrier.yaml(port: port, extraYAML: extraYAML, accounts: accounts)
                .write(to: configFile, atomically: true, encoding: .utf8)
        }

        /// Starts the process and waits until it answers.
        func start() async throws {
            try process.run()
            let deadline = ContinuousClock.now + .seconds(30)
            while ContinuousClock.now < deadline {
                if let answer = try? await LoopbackHTTPS.withConnection(
                    port: port, { try await $0.send(.GET, "/health") }),
                    answer.status == 200
                {
                    return
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            Issue.record("the server did not start: \(log)")
        }

        var log: String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }

        func signal(_ number: Int32) { kill(process.processIdentifier, number) }

        /// Waits for the process to end (at most `seconds`).
        func waitForExit(seconds: Double) async throws -> Bool {
            let deadline = ContinuousClock.now + .seconds(seconds)
            while process.isRunning, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
            return !process.isRunning
        }

        deinit {
            if process.isRunning { process.terminate() }
        }

        static func binary() -> URL? {
            let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent()
            var candidates = [testBinary.deletingLastPathComponent().appendingPathComponent("picqer-carrier")]
            // On Linux the tests run from `<bin>/picqer-carrierPackageTests.xctest`.
            var folder = testBinary
            for _ in 0..<4 {
                folder = folder.deletingLastPathComponent()
                candidates.append(folder.appendingPathComponent("picqer-carrier"))
            }
            candidates.append(root.appendingPathComponent(".build/debug/picqer-carrier"))
            return candidates.first {
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: $0.path, isDirectory: &isDirectory)
                    && !isDirectory.boolValue
                    && FileManager.default.isExecutableFile(atPath: $0.path)
            }
        }

        static func freePort() throws -> Int {
            let channel = try ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .bind(host: "127.0.0.1", port: 0).wait()
            defer { try? channel.close().wait() }
            return try #require(channel.localAddress?.port)
        }
    }

    /// `swift build --build-tests` puts the picqer-carrier binary next to the tests; it was not found.
    struct MissingBinary: Error {}

    static let body = Array(try! TestCarrier.fixture("nl-domestic.json").readableBytesView)

    /// Sends a shipment's head and half its body, runs `meanwhile`, sends the rest and returns the answer.
    static func slowShipment(
        port: Int, credentials: (String, String), meanwhile: @Sendable () async throws -> Void
    ) async throws -> LoopbackHTTPS.Answer {
        try await LoopbackHTTPS.withConnection(port: port) { connection in
            try await connection.sendHead(
                .POST, "/picqer-integration/shipments",
                headers: [credentials, ("Content-Type", "application/json")], contentLength: body.count)
            try await connection.sendBody(Array(body.prefix(body.count / 2)))
            try await meanwhile()
            try await connection.sendBody(Array(body.dropFirst(body.count / 2)))
            try await connection.sendEnd()
            return try await connection.readAnswer()
        }
    }

    static func configOptions(port: Int, _ credentials: (String, String)) async throws -> Int {
        try await LoopbackHTTPS.withConnection(port: port) {
            try await $0.send(.GET, "/picqer-integration/config-options", headers: [credentials])
        }.status
    }

    @Test(.timeLimit(.minutes(2))) func sigtermFinishesTheRequestInFlightAndExitsZero() async throws {
        let server = try ServerProcess()
        try await server.start()
        let port = server.port
        let answer = try await Self.slowShipment(
            port: port, credentials: LoopbackHTTPS.basic("shop-a", TestCarrier.shopAPassword)
        ) {
            // The server has read the head: the request is in flight.
            try await Task.sleep(for: .milliseconds(300))
            server.signal(SIGTERM)
            try await Task.sleep(for: .milliseconds(700))
            // No new connections are accepted any more.
            await #expect(throws: (any Error).self) {
                _ = try await LoopbackHTTPS.withConnection(port: port) { try await $0.send(.GET, "/health") }
            }
        }
        #expect(answer.status == 200, "the request in flight completes: \(answer.text.prefix(300))")
        #expect(try await server.waitForExit(seconds: 20), "the process stops")
        #expect(server.process.terminationReason == .exit)
        #expect(server.process.terminationStatus == 0, "\(server.log)")
    }

    @Test(.timeLimit(.minutes(2))) func sighupReloadsAccountsWhileARequestIsInFlight() async throws {
        let server = try ServerProcess()
        try await server.start()
        let port = server.port
        let shopA = LoopbackHTTPS.basic("shop-a", TestCarrier.shopAPassword)
        let shopC = LoopbackHTTPS.basic("shop-c", "secret-c")
        #expect(try await Self.configOptions(port: port, shopA) == 200)
        #expect(try await Self.configOptions(port: port, shopC) == 401)

        // shop-a leaves, shop-c arrives.
        let shopCHash = Bcrypt.hash("secret-c", cost: 4)
        let accounts = """
              - username: shop-b
                password_hash: "\(TestCarrier.shopBHash)"
                sender_addresses:
                  - {id: 7, name: Winkel B, street: Kerkstraat 1, zipcode: 1017 GA, city: Amsterdam, country: NL}
              - username: shop-c
                password_hash: "\(shopCHash)"
                sender_addresses:
                  - {id: 3, name: Winkel C, street: Markt 2, zipcode: 3511 AA, city: Utrecht, country: NL}
            """
        let inFlight = try await Self.slowShipment(port: port, credentials: shopA) {
            try server.writeConfiguration(accounts: accounts)
            server.signal(SIGHUP)
            var status = 0
            let deadline = ContinuousClock.now + .seconds(5)
            while status != 200, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(100))
                status = try await Self.configOptions(port: port, shopC)
            }
            #expect(status == 200, "the new account works at once")
            #expect(try await Self.configOptions(port: port, shopA) == 401, "the removed account is refused")
        }
        #expect(inFlight.status == 200, "the request in flight completes with the configuration it started with")

        // An invalid file: nothing changes, every problem is logged.
        try "carrier: {key: nonsense}\n".write(to: server.configFile, atomically: true, encoding: .utf8)
        server.signal(SIGHUP)
        try await Task.sleep(for: .seconds(1))
        #expect(try await Self.configOptions(port: port, shopC) == 200)
        #expect(server.log.contains("carrier.key"))
        #expect(server.log.contains("services"))
        // A changed port is named as needing a restart.
        let other = try ServerProcess.freePort()
        try TestCarrier.yaml(port: other, accounts: accounts).write(
            to: server.configFile, atomically: true, encoding: .utf8)
        server.signal(SIGHUP)
        try await Task.sleep(for: .seconds(1))
        #expect(server.log.contains("server.port"))
        #expect(try await Self.configOptions(port: port, shopC) == 200)
        #expect(!server.log.contains(TestCarrier.shopAPassword) && !server.log.contains("secret-c"))

        server.signal(SIGTERM)
        #expect(try await server.waitForExit(seconds: 20))
        #expect(server.process.terminationStatus == 0)
    }

    @Test(.timeLimit(.minutes(2))) func sighupStartsSendingToANewWebhookReceiver() async throws {
        let receiver = WebhookReceiver(key: WebhookDeliveryTests.key)
        let receiverPort = try await receiver.start()
        let server = try ServerProcess()
        try await server.start()
        let port = server.port
        let shopA = LoopbackHTTPS.basic("shop-a", TestCarrier.shopAPassword)

        try server.writeConfiguration(extraYAML: WebhookDeliveryTests.yaml(port: receiverPort))
        server.signal(SIGHUP)
        let deadline = ContinuousClock.now + .seconds(5)
        while !server.log.contains("webhooks=1"), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(server.log.contains("webhooks=1"), "the reload names the receivers: \(server.log.suffix(500))")
        let answer = try await LoopbackHTTPS.withConnection(port: port) {
            try await $0.send(
                .POST, "/picqer-integration/shipments", headers: [shopA, ("Content-Type", "application/json")],
                body: Self.body)
        }
        #expect(answer.status == 200)
        try await WebhookDeliveryTests.eventually(5) { receiver.delivered.count == 1 }
        #expect(receiver.delivered.first?.signatureValid == true)
        #expect(receiver.delivered.compactMap(\.payload).map(\.type) == ["shipment.created"])
        #expect(!server.log.contains(WebhookDeliveryTests.secret))

        server.signal(SIGTERM)
        #expect(try await server.waitForExit(seconds: 20))
        await receiver.stop()
    }
}
