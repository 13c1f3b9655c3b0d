import CarrierServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import PostgresNIO
import PostgresStore
import Shipping
import Testing

/// Database trouble is answered, not hung: the server listens while PostgreSQL is down, `/health/ready` says 503
/// until the store is connected (`/health` stays 200), Picqer gets 503 in its error shape during an outage, and
/// the server recovers by itself when PostgreSQL is back. Stops and starts the throwaway server of
/// scripts/with-postgres.sh (`PICQER_CARRIER_TEST_POSTGRES_CONTROL`).
@Suite struct PostgresOutageTests {
    static let environment = ProcessInfo.processInfo.environment
    static let url = environment["PICQER_CARRIER_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let control = environment["PICQER_CARRIER_TEST_POSTGRES_CONTROL"].flatMap { $0.isEmpty ? nil : $0 }
    static let enabled = (url != nil && control != nil) || environment["CI"] == "true"
    static let skipReason = Comment(
        rawValue: """
            PICQER_CARRIER_TEST_POSTGRES_URL/_CONTROL are not set: the PostgreSQL outage tests are skipped \
            (scripts/with-postgres.sh swift test … runs them)
            """)

    /// Stops or starts the test server.
    static func server(_ action: String) throws {
        #expect(try control(action) == 0, "pg_ctl \(action)")
    }

    /// Runs the control script with `action`; its exit status. Through `system`, not `Process`: Foundation's
    /// `Process` waits until every holder of its status socket has exited, and the started server inherits it.
    static func control(_ action: String) throws -> Int32 {
        let script = try #require(control, "CI=true but no PostgreSQL server")
        return system("'\(script)' \(action)")
    }

    /// A client configuration on a new empty schema of the test server.
    static func freshSchema() async throws -> PostgresClient.Configuration {
        let location = try PostgresLocation(url: try #require(url, "CI=true but no PostgreSQL server"))
        let name = "outage_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let connection = try await PostgresConnection.connect(
            configuration: .init(
                host: location.host, port: location.port, username: location.username, password: location.password,
                database: location.database, tls: .disable),
            id: 1, logger: TestCarrier.logger)
        try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \(name)"), logger: TestCarrier.logger)
        try await connection.close()
        var configuration = PostgresShipmentStore.clientConfiguration(location, maximumConnections: 8)
        configuration.options.additionalStartupParameters = [("search_path", name)]
        return configuration
    }

    static func post(_ client: any TestClientProtocol) async throws -> (HTTPResponse.Status, PicqerAnswer, Duration) {
        let started = ContinuousClock.now
        let response = try await client.execute(
            uri: "/picqer-integration/shipments", method: .post,
            headers: TestCarrier.shopA.merging([.contentType: "application/json"]),
            body: try TestCarrier.fixture("nl-domestic.json"))
        return (response.status, try PicqerAnswer(response.body), ContinuousClock.now - started)
    }

    static func status(_ client: any TestClientProtocol, _ path: String) async throws -> HTTPResponse.Status {
        try await client.execute(uri: path, method: .get).status
    }

    /// Polls until `check` holds, at most `limit`.
    static func eventually(
        within limit: Duration, _ check: () async throws -> Bool
    ) async throws -> Bool {
        let end = ContinuousClock.now + limit
        while ContinuousClock.now < end {
            if try await check() { return true }
            try await Task.sleep(for: .milliseconds(200))
        }
        return false
    }

    @Test(.enabled(if: enabled, skipReason), .timeLimit(.minutes(2)))
    func unreachableAtStartThenRestartedMidTraffic() async throws {
        let configuration = try await Self.freshSchema()
        try Self.server("stop")
        // Whatever happens, the server is up again for the tests after this one (a no-op when it is).
        defer { _ = try? Self.control("start") }

        let carrier = try TestCarrier(deadlineSeconds: 10)
        let store = PostgresShipmentStore(
            configuration: configuration, logger: TestCarrier.logger, operationTimeout: .seconds(3))
        let running = Task { try await store.run() }
        defer { running.cancel() }
        let flow = CarrierApplication.flow(
            configuration: carrier.configuration, store: store, logger: TestCarrier.logger)
        let app = try CarrierApplication.build(flow: flow, logger: TestCarrier.logger) { await store.isReady() }

        try await app.test(.ahc(.https)) { client in
            // Down at start: alive, not ready, and Picqer gets a clear 503 at once.
            #expect(try await Self.status(client, "/health") == .ok)
            #expect(try await Self.status(client, "/health/ready") == .serviceUnavailable)
            let (refused, answer, took) = try await Self.post(client)
            #expect(refused == .serviceUnavailable)
            #expect(answer.error_messages?.first?.contains("database") == true)
            #expect(took < .seconds(5))

            // PostgreSQL comes up: the store connects (back-off), migrates, and labels are made.
            try Self.server("start")
            #expect(
                try await Self.eventually(within: .seconds(30)) {
                    try await Self.status(client, "/health/ready") == .ok
                })
            let (made, first, _) = try await Self.post(client)
            #expect(made == .ok, "\(first.error_messages ?? [])")

            // Restarted mid-traffic: during the gap every answer is a 503 in Picqer's shape within the deadline
            // (10 s here), never a hang; afterwards the instance recovers by itself.
            try Self.server("stop")
            for _ in 0..<3 {
                let (status, gap, took) = try await Self.post(client)
                #expect(status == .serviceUnavailable, "\(gap.error_messages ?? [])")
                #expect(gap.error_messages?.isEmpty == false)
                #expect(took < .seconds(10))
            }
            #expect(try await Self.status(client, "/health/ready") == .serviceUnavailable)
            #expect(try await Self.status(client, "/health") == .ok)
            try Self.server("start")
            var codes: Set<String> = [first.data?.tracking_code ?? ""]
            #expect(
                try await Self.eventually(within: .seconds(30)) {
                    let (status, answer, _) = try await Self.post(client)
                    if let code = answer.data?.tracking_code { codes.insert(code) }
                    return status == .ok
                })
            #expect(try await Self.status(client, "/health/ready") == .ok)
            // The code made before the outage is not handed out again.
            #expect(codes.count >= 2)
        }
    }
}
