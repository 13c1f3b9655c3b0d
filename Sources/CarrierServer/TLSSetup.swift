import Foundation
import Logging
import NIOCertificateReloading
import NIOCore
import NIOSSL
import Shipping
import Synchronization
import X509

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

    /// The server's TLS configuration for `files` (checked here, with messages naming the file at fault),
    /// `minimumVersion` and `profile`: "intermediate" (TLS 1.2 AEAD suites and TLS 1.3) or "modern" (TLS 1.3).
    static func configuration(
        files: CarrierConfiguration.TLSFiles, minimumVersion: CarrierConfiguration.TLSVersion,
        profile: CarrierConfiguration.TLSProfile = .intermediate
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
        switch profile == .modern ? .v1_3 : minimumVersion {
        case .v1_1: tls.minimumTLSVersion = .tlsv11
        case .v1_2: tls.minimumTLSVersion = .tlsv12
        case .v1_3: tls.minimumTLSVersion = .tlsv13
        }
        // TLS 1.1 has no AEAD suites: an operator who must accept it keeps BoringSSL's defaults.
        if minimumVersion != .v1_1 { tls.cipherSuites = intermediateCipherSuites }
        tls.shutdownTimeout = .seconds(1)
        return tls
    }

    /// A reloader of the PEM files at `files`: every `interval` (and at once with ``CertificateReloader/reload()``)
    /// new connections get the files' certificate and key, when they form a pair; a broken or mismatched pair is
    /// refused with an error logged, and the pair loaded before keeps serving. Connections already open keep
    /// the certificate they started with.
    static func reloader(
        files: CarrierConfiguration.TLSFiles, interval: Duration, logger: Logger
    ) throws -> TimedCertificateReloader {
        let memory = ReloadMemory()
        var configuration = TimedCertificateReloader.Configuration(
            refreshInterval: interval,
            certificateSource: .init(location: .file(path: files.certificatePath), format: .pem),
            privateKeySource: .init(location: .file(path: files.privateKeyPath), format: .pem))
        configuration.onCertificateLoaded = { diff in
            memory.lastFailure.withLock { $0 = nil }
            guard let leaf = diff.currentX509CertificateChain.first else { return }
            let serial = leaf.serialNumber.description
            let previous = memory.lastSerial.withLock { last in
                defer { last = serial }
                return last
            }
            guard let previous, previous != serial else { return }
            logger.notice(
                "Loaded a renewed TLS certificate for new connections",
                metadata: [
                    "serial": "\(serial)", "previous_serial": "\(previous)", "not_after": "\(leaf.notValidAfter)",
                    "file": "\(files.certificatePath)",
                ])
        }
        configuration.onCertificateLoadFailed = { failure in
            let description = "\(failure.error)"
            let repeated = memory.lastFailure.withLock { last in
                defer { last = description }
                return last == description
            }
            guard !repeated else { return }
            logger.error(
                "The TLS certificate files cannot be used; new connections keep the certificate loaded before",
                metadata: [
                    "certificate": "\(files.certificatePath)", "private_key": "\(files.privateKeyPath)",
                    "error": "\(description)",
                ])
        }
        return try TimedCertificateReloader.makeReloaderValidatingSources(configuration: configuration)
    }

    /// What the reloader saw last: it logs a new certificate and a new problem once, not at every look.
    private final class ReloadMemory: Sendable {
        let lastSerial = Mutex<String?>(nil)
        let lastFailure = Mutex<String?>(nil)
    }
}
