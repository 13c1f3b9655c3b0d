import Foundation
import NIOCore
import NIOSSL
import Shipping

/// Builds the server's TLS configuration from the operator's PEM files.
enum TLSSetup {
    /// TLS 1.2 suites of Mozilla's "intermediate" profile: ECDHE key exchange with AES-GCM or
    /// ChaCha20-Poly1305 only — no CBC suites (LUCKY13), no static RSA key exchange. TLS 1.3
    /// suites are all AEAD and are not affected by this list.
    static let intermediateCipherSuites = [
        "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384",
        "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305",
    ].joined(separator: ":")

    /// Problems with certificate files, reported with the path at fault.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func configuration(
        files: CarrierConfiguration.TLSFiles, minimumVersion: CarrierConfiguration.TLSVersion
    ) throws -> TLSConfiguration {
        let chain: [NIOSSLCertificate]
        do {
            chain = try NIOSSLCertificate.fromPEMFile(files.certificatePath)
        } catch {
            throw Failure(
                description: "server.tls.certificate: '\(files.certificatePath)' holds no PEM certificate (\(error))")
        }
        guard !chain.isEmpty else {
            throw Failure(description: "server.tls.certificate: '\(files.certificatePath)' holds no PEM certificate")
        }
        let key: NIOSSLPrivateKey
        do {
            key = try NIOSSLPrivateKey(file: files.privateKeyPath, format: .pem)
        } catch {
            throw Failure(
                description: "server.tls.private_key: '\(files.privateKeyPath)' holds no PEM private key (\(error))")
        }
        var tls = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
        switch minimumVersion {
        case .v1_1: tls.minimumTLSVersion = .tlsv11
        case .v1_2: tls.minimumTLSVersion = .tlsv12
        case .v1_3: tls.minimumTLSVersion = .tlsv13
        }
        // TLS 1.1 has no AEAD suites: an operator who must accept it keeps BoringSSL's defaults.
        if minimumVersion != .v1_1 { tls.cipherSuites = intermediateCipherSuites }
        tls.shutdownTimeout = .seconds(1)
        return tls
    }
}
