import CarrierServer
import Foundation
import HummingbirdTesting
import NIOCore
import NIOHTTP1
import NIOSSL
import Shipping
import SwiftASN1
import Testing
import X509

/// Renewed certificate files are served to new connections without a restart; connections already
/// open keep working; a broken or mismatched pair is refused and the pair loaded before keeps serving.
@Suite struct CertificateReloadTests {
    static func serial(_ certificate: NIOSSLCertificate?) throws -> Certificate.SerialNumber? {
        guard let certificate else { return nil }
        return try Certificate(derEncoded: certificate.toDERBytes()).serialNumber
    }

    static func serial(ofPEM pem: String) throws -> Certificate.SerialNumber {
        try Certificate(pemEncoded: pem).serialNumber
    }

    /// The serial a new connection to `port` is shown.
    static func presentedSerial(port: Int) async throws -> Certificate.SerialNumber? {
        try await LoopbackHTTPS.withConnection(port: port) { connection in
            let answer = try await connection.send(.GET, "/health")
            #expect(answer.status == 200)
            return try serial(try await connection.peerCertificate())
        }
    }

    @Test(.timeLimit(.minutes(1))) func renewedFilesReachNewConnectionsAndBrokenOnesAreRefused() async throws {
        let carrier = try TestCarrier(tlsYAML: ", reload_interval_seconds: 1")
        let certificateFile = carrier.folder.appendingPathComponent("cert.pem")
        let keyFile = carrier.folder.appendingPathComponent("key.pem")
        let oldSerial = try Self.serial(ofPEM: TestCarrier.certificate.certificate)
        let renewed = try DevelopmentCertificate.make(commonName: "localhost", validDays: 90)
        let renewedSerial = try Self.serial(ofPEM: renewed.certificate)
        try await carrier.withServer { client in
            let port = try #require(client.port)
            try await LoopbackHTTPS.withConnection(port: port) { keepAlive in
                let before = try await keepAlive.send(.GET, "/health")
                let servedBefore = try Self.serial(try await keepAlive.peerCertificate())
                #expect(before.status == 200)
                #expect(servedBefore == oldSerial)

                // What certbot does: new files in place.
                try renewed.privateKey.write(to: keyFile, atomically: true, encoding: .utf8)
                try renewed.certificate.write(to: certificateFile, atomically: true, encoding: .utf8)
                var presented = try await Self.presentedSerial(port: port)
                let deadline = ContinuousClock.now + .seconds(10)
                while presented != renewedSerial, ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(200))
                    presented = try await Self.presentedSerial(port: port)
                }
                #expect(presented == renewedSerial, "a new connection presents the renewed certificate")

                // The connection opened before keeps working, with the certificate it started with.
                let after = try await keepAlive.send(.GET, "/health")
                let servedAfter = try Self.serial(try await keepAlive.peerCertificate())
                #expect(after.status == 200)
                #expect(servedAfter == oldSerial)
            }

            // A certificate that does not belong to the key, then a file that is no certificate at all.
            let stranger = try DevelopmentCertificate.make(commonName: "localhost", validDays: 90)
            try stranger.certificate.write(to: certificateFile, atomically: true, encoding: .utf8)
            try await Task.sleep(for: .milliseconds(2500))
            #expect(try await Self.presentedSerial(port: port) == renewedSerial, "a mismatched pair is refused")
            try "not a certificate".write(to: certificateFile, atomically: true, encoding: .utf8)
            try await Task.sleep(for: .milliseconds(2500))
            #expect(try await Self.presentedSerial(port: port) == renewedSerial, "a broken file is refused")
        }
    }

    @Test func theModernProfileIsTLS13Only() async throws {
        let carrier = try TestCarrier(tlsYAML: ", profile: modern")
        #expect(carrier.configuration.server.minimumTLSVersion == .v1_3)
        try await carrier.withServer { client in
            let port = try #require(client.port)
            var tls12 = TLSConfiguration.makeClientConfiguration()
            tls12.maximumTLSVersion = .tlsv12
            await #expect(throws: (any Error).self) {
                _ = try await LoopbackHTTPS.withConnection(port: port, tls: tls12) {
                    try await $0.send(.GET, "/health")
                }
            }
            var tls13 = TLSConfiguration.makeClientConfiguration()
            tls13.minimumTLSVersion = .tlsv13
            let answer = try await LoopbackHTTPS.withConnection(port: port, tls: tls13) {
                try await $0.send(.GET, "/health")
            }
            #expect(answer.status == 200)
        }
    }

    @Test func theModernProfileAndAnOlderMinimumContradictEachOther() throws {
        #expect(throws: (any Error).self) {
            try TestCarrier(tlsYAML: ", profile: modern, minimum_version: \"1.2\"")
        }
        #expect(throws: (any Error).self) { try TestCarrier(tlsYAML: ", profile: ancient") }
    }
}
