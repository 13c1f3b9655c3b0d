import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import NIOCore
import Shipping
import Testing

@testable import CarrierServer

/// The pieces of failed-login throttling: the sliding window, trusted proxies and `X-Forwarded-For`,
/// the configuration knobs.
@Suite struct LoginThrottleTests {
    @Test func theWindowRefusesPastItsLimitUntilTheOldestFailureLeavesIt() {
        let window = FailureWindow(window: .seconds(60))
        let start = ContinuousClock.now
        for second in 0..<10 {
            #expect(window.retryAfter("a", limit: 10, now: start + .seconds(second)) == nil)
            window.recordFailure("a", limit: 10, now: start + .seconds(second))
        }
        // Ten failures in the window: the eleventh attempt waits until the first one is 60 s old.
        #expect(window.retryAfter("a", limit: 10, now: start + .seconds(10)) == .seconds(50))
        #expect(window.retryAfter("a", limit: 10, now: start + .seconds(59)) == .seconds(1))
        // Sliding: at 60 s the first failure has left, the second has not.
        #expect(window.retryAfter("a", limit: 10, now: start + .seconds(60)) == nil)
        window.recordFailure("a", limit: 10, now: start + .seconds(60))
        #expect(window.retryAfter("a", limit: 10, now: start + .seconds(60)) == .seconds(1))
        // Other keys are not affected; a higher limit (after a reload) lets the key try again.
        #expect(window.retryAfter("b", limit: 10, now: start + .seconds(10)) == nil)
        #expect(window.retryAfter("a", limit: 30, now: start + .seconds(60)) == nil)
    }

    @Test func theTableStaysWithinItsCapacity() {
        let window = FailureWindow(window: .seconds(60), capacity: 1000)
        let now = ContinuousClock.now
        for index in 0..<10_000 { window.recordFailure("key-\(index)", limit: 10, now: now) }
        #expect(window.count <= 1000)
        // The newest keys are kept.
        #expect(window.retryAfter("key-9999", limit: 1, now: now) != nil)
        // Expired keys go first.
        let small = FailureWindow(window: .seconds(60), capacity: 4)
        for key in ["a", "b", "c", "d"] { small.recordFailure(key, limit: 10, now: now) }
        small.recordFailure("fresh", limit: 10, now: now + .seconds(61))
        #expect(small.count == 1)
    }

    @Test func addressRangesParseAndMatch() throws {
        let v4 = try #require(IPAddressRange("10.1.0.0/16"))
        #expect(v4.contains("10.1.200.3"))
        #expect(!v4.contains("10.2.0.1"))
        #expect(v4.contains("::ffff:10.1.0.9"))
        let host = try #require(IPAddressRange("192.168.1.7"))
        #expect(host.prefixLength == 32 && host.contains("192.168.1.7") && !host.contains("192.168.1.8"))
        let v6 = try #require(IPAddressRange("fd00::/8"))
        #expect(v6.contains("fd12:3456::1"))
        #expect(!v6.contains("fe80::1"))
        #expect(!v6.contains("10.1.0.1"))
        #expect(IPAddressRange("10.0.0.0/33") == nil)
        #expect(IPAddressRange("not-an-address") == nil)
        #expect(IPAddressRange("10.0.0.1/x") == nil)
        #expect(IPAddressRange("10.1.2.3/8")?.description == "10.0.0.0/8")
    }

    @Test func theClientIsThePeerUnlessThePeerIsATrustedProxy() throws {
        let peer = try SocketAddress(ipAddress: "127.0.0.9", port: 4000)
        let proxies = [IPAddressRange("127.0.0.9")!, IPAddressRange("10.0.0.0/8")!]
        // No trusted proxies: X-Forwarded-For is ignored.
        #expect(ClientAddress.resolve(peer: peer, forwardedFor: ["203.0.113.5"], trustedProxies: []) == "127.0.0.9")
        // An untrusted peer: ignored too.
        let stranger = try SocketAddress(ipAddress: "198.51.100.1", port: 4000)
        #expect(
            ClientAddress.resolve(peer: stranger, forwardedFor: ["203.0.113.5"], trustedProxies: proxies)
                == "198.51.100.1")
        // A trusted peer: the nearest untrusted entry, skipping trusted proxies; what the client wrote
        // further left (a forged address) is not believed.
        #expect(
            ClientAddress.resolve(
                peer: peer, forwardedFor: ["1.2.3.4, 203.0.113.5", "10.0.0.2"], trustedProxies: proxies)
                == "203.0.113.5")
        // Only trusted entries: the left-most.
        #expect(
            ClientAddress.resolve(peer: peer, forwardedFor: ["10.0.0.3, 10.0.0.2"], trustedProxies: proxies)
                == "10.0.0.3")
        // A trusted peer without the header: the peer.
        #expect(ClientAddress.resolve(peer: peer, forwardedFor: [], trustedProxies: proxies) == "127.0.0.9")
        // Addresses are compared in canonical form.
        #expect(ClientAddress.normalized("::ffff:127.0.0.2") == "127.0.0.2")
        #expect(ClientAddress.normalized("2001:DB8:0:0::1") == "2001:db8::1")
    }

    @Test func throttlingLogsAHashOfTheUsernameNeverTheUsername() {
        let key = LoginThrottle.usernameKey("shop-a")
        #expect(key.count == 16 && key.allSatisfy(\.isHexDigit) && key != "shop-a")
        let throttle = LoginThrottle(logger: Logger(label: "test"))
        let settings = CarrierConfiguration.Auth(failuresPerAddressPerMinute: 3, failuresPerUsernamePerMinute: 5)
        for index in 0..<3 {
            throttle.recordFailure(address: "127.0.0.\(index + 2)", username: "u", settings: settings)
        }
        #expect(throttle.check(address: "127.0.0.2", username: "u", settings: settings) == nil)
        for _ in 0..<2 { throttle.recordFailure(address: "127.0.0.9", username: "u", settings: settings) }
        // Five failures for the username from different addresses: throttled by username everywhere.
        #expect(throttle.check(address: "127.0.0.50", username: "u", settings: settings)?.reason == .username)
        throttle.recordFailure(address: "127.0.0.9", username: "v", settings: settings)
        #expect(throttle.check(address: "127.0.0.9", username: "w", settings: settings)?.reason == .address)
    }

    @Test func theKnobsAreReadAndChecked() throws {
        let carrier = try TestCarrier(
            serverYAML: "  trusted_proxies: [10.0.0.0/8, \"::1\"]",
            extraYAML:
                "auth: {throttle: {per_address_per_minute: 5, per_username_per_minute: 7}, max_queue_seconds: 0.5}")
        #expect(
            carrier.configuration.auth
                == .init(failuresPerAddressPerMinute: 5, failuresPerUsernamePerMinute: 7, maxQueueSeconds: 0.5))
        #expect(carrier.configuration.server.trustedProxies.map(\.description) == ["10.0.0.0/8", "::1/128"])
        #expect(try TestCarrier().configuration.auth == .init())

        let yaml = TestCarrier.yaml(
            serverYAML: "  trusted_proxies: [10.0.0.0/40]",
            extraYAML: "auth: {throttle: {per_address_per_minute: 0}, max_queue_seconds: 60}")
        let folder = try TestCarrier().folder
        let error = #expect(throws: ConfigurationError.self) {
            _ = try CarrierConfiguration.parse(yaml: yaml, environment: [:], baseDirectory: folder.path)
        }
        let problems = error?.problems ?? []
        #expect(problems.contains { $0.hasPrefix("server.trusted_proxies[0]:") })
        #expect(problems.contains { $0.hasPrefix("auth.throttle.per_address_per_minute:") })
        #expect(problems.contains { $0.hasPrefix("auth.max_queue_seconds:") })
    }
}

/// Throttled answers over HTTPS: Picqer's error shape on Picqer's routes, a problem document on the operator
/// API, `Retry-After` on both; credentials verified before keep working.
@Suite struct ThrottledAnswerTests {
    @Test func pastTheLimitBothAPIsAnswer429AndVerifiedCredentialsStillWork() async throws {
        let carrier = try TestCarrier(
            extraYAML: "auth: {throttle: {per_address_per_minute: 3, per_username_per_minute: 30}}")
        try await carrier.withServer { client in
            // Verified before the guessing starts.
            try await client.execute(
                uri: "/picqer-integration/config-options", method: .get, headers: TestCarrier.shopA
            ) {
                #expect($0.status == .ok)
            }
            try await client.execute(uri: "/api/v1/shipments", method: .get, headers: TestCarrier.operatorRW) {
                #expect($0.status == .ok)
            }
            for attempt in 0..<3 {
                try await client.execute(
                    uri: "/picqer-integration/config-options", method: .get,
                    headers: TestCarrier.basic(attempt == 0 ? "nobody" : "shop-a", "wrong-\(attempt)")
                ) { #expect($0.status == .unauthorized) }
            }
            // The address has three failures: refused at once, whether the username exists or not.
            for username in ["shop-a", "nobody", "shop-b"] {
                try await client.execute(
                    uri: "/picqer-integration/config-options", method: .get,
                    headers: TestCarrier.basic(username, username == "shop-b" ? TestCarrier.shopBPassword : "x")
                ) { response in
                    #expect(response.status == .tooManyRequests, "\(username)")
                    #expect(Int(response.headers[.retryAfter] ?? "") ?? 0 >= 1)
                    let answer = try PicqerAnswer(response.body)
                    #expect(answer.error_messages?.first?.contains("Too many failed logins") == true)
                }
            }
            try await client.execute(
                uri: "/api/v1/shipments", method: .get, headers: [.authorization: "Bearer not-a-token"]
            ) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(response.headers[.retryAfter] != nil)
            }
            // Verified before: still accepted.
            try await client.execute(
                uri: "/picqer-integration/config-options", method: .get, headers: TestCarrier.shopA
            ) {
                #expect($0.status == .ok)
            }
            try await client.execute(uri: "/api/v1/shipments", method: .get, headers: TestCarrier.operatorRW) {
                #expect($0.status == .ok)
            }
        }
    }
}
