import AsyncHTTPClient
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOHTTP1
import NIOSSL
import Testing

/// The server terminates TLS itself: 1.2 and 1.3 are accepted, 1.1 is refused.
@Suite struct TLSTests {
    private func health(port: Int, minimum: TLSVersion, maximum: TLSVersion, ciphers: String? = nil) async throws
        -> Int
    {
        var tls = TLSConfiguration.makeClientConfiguration()
        if let ciphers { tls.cipherSuites = ciphers }
        tls.certificateVerification = .none
        tls.minimumTLSVersion = minimum
        tls.maximumTLSVersion = maximum
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(tlsConfiguration: tls))
        do {
            let response = try await client.execute(
                HTTPClientRequest(url: "https://localhost:\(port)/health"), timeout: .seconds(3))
            try await client.shutdown()
            return Int(response.status.code)
        } catch {
            try await client.shutdown()
            throw error
        }
    }

    @Test func tls12And13AreAcceptedAndTLS11IsRefused() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let port = try #require(client.port)
            #expect(try await health(port: port, minimum: .tlsv12, maximum: .tlsv12) == 200)
            #expect(try await health(port: port, minimum: .tlsv13, maximum: .tlsv13) == 200)
            await #expect(throws: (any Error).self) {
                _ = try await health(port: port, minimum: .tlsv1, maximum: .tlsv11)
            }
        }
    }

    /// TLS 1.2 only with AEAD suites (no CBC: LUCKY13), as Mozilla's "intermediate" profile.
    @Test func cbcSuitesAreRefused() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let port = try #require(client.port)
            for aead in [
                "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-ECDSA-CHACHA20-POLY1305",
            ] {
                #expect(
                    try await health(port: port, minimum: .tlsv12, maximum: .tlsv12, ciphers: aead) == 200, "\(aead)")
            }
            for cbc in ["ECDHE-ECDSA-AES128-SHA", "ECDHE-ECDSA-AES256-SHA", "AES128-SHA"] {
                await #expect(throws: (any Error).self, "\(cbc)") {
                    _ = try await health(port: port, minimum: .tlsv12, maximum: .tlsv12, ciphers: cbc)
                }
            }
        }
    }

    @Test func aClientThatTrustsTheCertificateVerifiesIt() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let port = try #require(client.port)
            var tls = TLSConfiguration.makeClientConfiguration()
            tls.trustRoots = .certificates(
                try NIOSSLCertificate.fromPEMBytes(Array(TestCarrier.certificate.certificate.utf8)))
            let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(tlsConfiguration: tls))
            let response = try? await http.execute(
                HTTPClientRequest(url: "https://localhost:\(port)/health"), timeout: .seconds(5))
            try await http.shutdown()
            #expect(response?.status.code == 200)
        }
    }
}
