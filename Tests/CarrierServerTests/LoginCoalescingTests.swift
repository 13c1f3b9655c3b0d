import Foundation
import HummingbirdBcrypt
import HummingbirdTesting
import NIOCore
import NIOHTTP1
import Shipping
import Synchronization
import Testing

@testable import CarrierServer

/// Many logins at once with the same credentials (Picqer sending a batch of one account's shipments right after
/// a restart) share one password check: none is refused by the password-check queue, and a shared wrong guess
/// still counts once per request for the throttle.
@Suite struct LoginCoalescingTests {
    /// bcrypt at cost 12 (about 250 ms a check here): without shared checks only four of them fit in
    /// `auth.max_queue_seconds` (1 s), so a burst of first logins would be refused with 429.
    static let password = "burst-secret"
    static let hash = Bcrypt.hash(password, cost: 12)

    static let accounts = """
          - username: burst
            password_hash: "\(hash)"
            sender_addresses:
              - {id: 1, name: Demo Webshop B.V., street: Meander 601, zipcode: 6825 MC, city: Arnhem, country: NL}
        """

    static let accepted = #"picqer_carrier_password_checks_total{outcome="accepted"}"#
    static let rejected = #"picqer_carrier_password_checks_total{outcome="rejected"}"#

    /// A carrier with the `burst` account and metrics on a free loopback port.
    static func carrier() async throws -> (TestCarrier, metricsPort: Int) {
        let metricsPort = try await MetricsEndpointTests.freePort()
        _ = MetricsEndpoint.registry()
        let carrier = try TestCarrier(
            extraYAML: "metrics: {listen: \"127.0.0.1:\(metricsPort)\"}", accounts: Self.accounts)
        return (carrier, metricsPort)
    }

    /// How many connections of a burst are open.
    final class Opened: Sendable {
        let count = Atomic<Int>(0)
    }

    /// Opens `count` connections from `source`, and once all are open sends one request on each at the same
    /// moment; the statuses of the answers.
    static func burst(
        count: Int, port: Int, from source: String,
        request:
            @escaping @Sendable (inout LoopbackHTTPS.Connection)
            async throws -> LoopbackHTTPS.Answer
    ) async throws -> [Int: Int] {
        let open = Opened()
        return try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<count {
                group.addTask {
                    try await LoopbackHTTPS.withConnection(port: port, from: source) { connection in
                        open.count.add(1, ordering: .relaxed)
                        while open.count.load(ordering: .relaxed) < count {
                            try await Task.sleep(for: .milliseconds(5))
                        }
                        return try await request(&connection).status
                    }
                }
            }
            var statuses: [Int: Int] = [:]
            for try await status in group { statuses[status, default: 0] += 1 }
            return statuses
        }
    }

    @Test(.timeLimit(.minutes(2))) func twoHundredFirstLoginsAtOnceShareOnePasswordCheck() async throws {
        let (carrier, metricsPort) = try await Self.carrier()
        let body = Array(try TestCarrier.fixture("nl-domestic.json").readableBytesView)
        try await carrier.withServer { client in
            let port = try #require(client.port)
            let before = try await MetricsEndpointTests.firstScrape(port: metricsPort)
            let statuses = try await Self.burst(count: 200, port: port, from: "127.0.0.1") { connection in
                try await connection.send(
                    .POST, "/picqer-integration/shipments",
                    headers: [LoopbackHTTPS.basic("burst", Self.password), ("Content-Type", "application/json")],
                    body: body)
            }
            let after = try await MetricsEndpointTests.firstScrape(port: metricsPort)
            #expect(statuses == [200: 200], "every first login with the right password is accepted")
            let accepted =
                (MetricsEndpointTests.value(Self.accepted, in: after) ?? 0)
                - (MetricsEndpointTests.value(Self.accepted, in: before) ?? 0)
            let rejected =
                (MetricsEndpointTests.value(Self.rejected, in: after) ?? 0)
                - (MetricsEndpointTests.value(Self.rejected, in: before) ?? 0)
            // The first request's check is shared by all that arrive while it runs; later ones find the cache.
            #expect(accepted == 1, "\(after)")
            #expect(rejected == 0)
        }
    }

    @Test(.timeLimit(.minutes(2))) func aSharedWrongGuessStillCountsOncePerRequest() async throws {
        let (carrier, metricsPort) = try await Self.carrier()
        try await carrier.withServer { client in
            let port = try #require(client.port)
            let source = "127.0.0.71"
            let before = try await MetricsEndpointTests.firstScrape(port: metricsPort)
            // Ten failures a minute from one address are allowed (the default `auth.throttle`).
            let statuses = try await Self.burst(count: 10, port: port, from: source) { connection in
                try await connection.send(
                    .GET, "/picqer-integration/config-options", headers: [LoopbackHTTPS.basic("burst", "wrong-guess")])
            }
            #expect(statuses == [401: 10])
            let after = try await MetricsEndpointTests.firstScrape(port: metricsPort)
            let rejected =
                (MetricsEndpointTests.value(Self.rejected, in: after) ?? 0)
                - (MetricsEndpointTests.value(Self.rejected, in: before) ?? 0)
            // Requests that arrive after a shared check ended make a new one; at once they share one.
            #expect(rejected >= 1 && rejected <= 2, "\(after)")
            // Every one of the ten counted: the eleventh attempt from the address is throttled, even with the
            // right password.
            let eleventh = try await LoopbackHTTPS.withConnection(port: port, from: source) { connection in
                try await connection.send(
                    .GET, "/picqer-integration/config-options", headers: [LoopbackHTTPS.basic("burst", Self.password)])
            }
            #expect(eleventh.status == 429)
            #expect(Int(eleventh.header("Retry-After") ?? "") ?? 0 >= 1)
            // From another address, the username has ten failures of its thirty: the right password works.
            let other = try await LoopbackHTTPS.withConnection(port: port, from: "127.0.0.72") { connection in
                try await connection.send(
                    .GET, "/picqer-integration/config-options", headers: [LoopbackHTTPS.basic("burst", Self.password)])
            }
            #expect(other.status == 200)
        }
    }

    @Test(.timeLimit(.minutes(1))) func theSharedCheckOutlivesTheRequestThatStartedIt() async throws {
        let carrier = try TestCarrier(accounts: Self.accounts)
        let directory = AccountDirectory(accounts: carrier.configuration.accounts)
        let authenticator = AccountAuthenticator(throttle: LoginThrottle(logger: TestCarrier.logger))
        let settings = carrier.configuration.auth
        @Sendable func login() async -> Bool {
            let outcome = await authenticator.authenticate(
                username: "burst", password: Self.password, address: "127.0.0.1", directory: directory,
                settings: settings)
            if case .accepted = outcome { return true }
            return false
        }
        let leader = Task { await login() }
        while authenticator.checksInFlight == 0 { try await Task.sleep(for: .milliseconds(1)) }
        // Followers join the check in flight, then the request that started it goes away.
        let followers = (0..<5).map { _ in Task { await login() } }
        try await Task.sleep(for: .milliseconds(20))
        leader.cancel()
        for follower in followers { #expect(await follower.value) }
        _ = await leader.value
        #expect(authenticator.queue.checksCompleted == 1, "one bcrypt check for six logins")
        #expect(authenticator.checksInFlight == 0, "the table of checks in flight is empty again")
    }
}
