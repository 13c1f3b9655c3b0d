import Foundation
import HummingbirdBcrypt
import HummingbirdTesting
import NIOCore
import NIOHTTP1
import Synchronization
import Testing

/// Password guessing from many addresses while customers work: guessers get quick 401s and then 429s,
/// a verified account is never refused, an account never seen before still logs in quickly.
@Suite struct LoginFloodTests {
    /// bcrypt at the cost operators use (about 70 ms a check here), so the queue matters as in production.
    static let realCostHash = Bcrypt.hash("verified-secret", cost: 10)
    static let newcomerHash = Bcrypt.hash("newcomer-secret", cost: 10)

    static let accounts = """
          - username: verified
            password_hash: "\(realCostHash)"
            sender_addresses:
              - {id: 1, name: Demo Webshop B.V., street: Meander 601, zipcode: 6825 MC, city: Arnhem, country: NL}
          - username: newcomer
            password_hash: "\(newcomerHash)"
            sender_addresses:
              - {id: 1, name: Winkel B, street: Kerkstraat 1, zipcode: 1017 GA, city: Amsterdam, country: NL}
        """

    final class Figures: Sendable {
        let attacker = Mutex<[Double]>([])
        let attackerStatuses = Mutex<[Int: Int]>([:])
        let verified = Mutex<[Double]>([])
        let verifiedStatuses = Mutex<[Int: Int]>([:])
        let newcomer = Mutex<(Int, Double)?>(nil)
    }

    @Test(.timeLimit(.minutes(2))) func guessersAreThrottledWhileCustomersAreServed() async throws {
        let carrier = try TestCarrier(accounts: Self.accounts)
        let figures = Figures()
        let body = Array(try TestCarrier.fixture("nl-domestic.json").readableBytesView)
        let seconds = 10.0
        try await carrier.withServer { client in
            let port = try #require(client.port)
            // The customer's credentials are verified once before the flood.
            let first = try await LoopbackHTTPS.withConnection(port: port) { connection in
                try await connection.send(
                    .GET, "/picqer-integration/config-options",
                    headers: [LoopbackHTTPS.basic("verified", "verified-secret")])
            }
            #expect(first.status == 200)
            let end = ContinuousClock.now + .seconds(seconds)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for guesser in 0..<100 {
                    group.addTask {
                        let source = "127.0.0.\(2 + guesser % 50)"
                        // Half guess the verified customer's password, half guess usernames.
                        var attempt = 0
                        while ContinuousClock.now < end {
                            try await LoopbackHTTPS.withConnection(port: port, from: source) { connection in
                                while ContinuousClock.now < end {
                                    attempt += 1
                                    let username = guesser.isMultiple(of: 2) ? "verified" : "user\(guesser)-\(attempt)"
                                    let started = ContinuousClock.now
                                    let answer = try await connection.send(
                                        .GET, "/picqer-integration/config-options",
                                        headers: [LoopbackHTTPS.basic(username, "guess-\(attempt)")])
                                    let took = ((ContinuousClock.now - started) / .seconds(1))
                                    figures.attacker.withLock { $0.append(took) }
                                    figures.attackerStatuses.withLock { $0[answer.status, default: 0] += 1 }
                                    if answer.status == 429 {
                                        #expect(Int(answer.header("Retry-After") ?? "") ?? 0 >= 1)
                                        #expect(answer.text.contains("error_messages"))
                                        try await Task.sleep(for: .milliseconds(200))
                                    }
                                }
                            }
                        }
                    }
                }
                group.addTask {
                    try await LoopbackHTTPS.withConnection(port: port) { connection in
                        while ContinuousClock.now < end {
                            let started = ContinuousClock.now
                            let answer = try await connection.send(
                                .POST, "/picqer-integration/shipments",
                                headers: [
                                    LoopbackHTTPS.basic("verified", "verified-secret"),
                                    ("Content-Type", "application/json"),
                                ], body: body)
                            figures.verified.withLock { $0.append(((ContinuousClock.now - started) / .seconds(1))) }
                            figures.verifiedStatuses.withLock { $0[answer.status, default: 0] += 1 }
                            try await Task.sleep(for: .milliseconds(100))
                        }
                    }
                }
                group.addTask {
                    try await Task.sleep(for: .seconds(seconds / 2))
                    let started = ContinuousClock.now
                    let answer = try await LoopbackHTTPS.withConnection(port: port, from: "127.0.0.60") { connection in
                        try await connection.send(
                            .GET, "/picqer-integration/config-options",
                            headers: [LoopbackHTTPS.basic("newcomer", "newcomer-secret")])
                    }
                    figures.newcomer.withLock { $0 = (answer.status, ((ContinuousClock.now - started) / .seconds(1))) }
                }
                try await group.waitForAll()
            }
            let attacker = figures.attacker.withLock { $0 }.sorted()
            let verified = figures.verified.withLock { $0 }.sorted()
            let statuses = figures.attackerStatuses.withLock { $0 }
            let verifiedStatuses = figures.verifiedStatuses.withLock { $0 }
            let new = figures.newcomer.withLock { $0 }
            let failedChecks = statuses[401, default: 0]
            print(
                """
                login flood (\(Int(seconds)) s, 100 guessers over 50 addresses, debug build): \
                attacker answers \(attacker.count) \(statuses), p99 \(Self.percentile(attacker, 0.99)) s, \
                max \(attacker.last ?? 0) s; verified shipments \(verified.count) \(verifiedStatuses), \
                p99 \(Self.percentile(verified, 0.99)) s; newcomer \(String(describing: new)); \
                password checks failed \(failedChecks) (\(Double(failedChecks) / seconds)/s)
                """)
            #expect((attacker.last ?? 0) < 2, "every guesser is answered within 2 s")
            #expect(statuses[429, default: 0] > 0, "guessers are throttled")
            #expect(Set(statuses.keys).isSubset(of: [401, 429]))
            #expect(
                !verified.isEmpty && verifiedStatuses == [200: verified.count], "the verified customer is never refused"
            )
            #expect(new?.0 == 200)
            #expect((new?.1 ?? 99) < 3, "an account never seen before logs in within 3 s")
            // Ten failures a minute from each of 50 addresses, for at most the test's duration.
            #expect(Double(failedChecks) <= 50 * 10 * (seconds / 60).rounded(.up) + 30)
        }
    }

    static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }
}
