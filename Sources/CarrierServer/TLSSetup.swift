import Foundation
import NIOCore
import NIOSSL
import Shipping

/// Builds the server's TLS configuration from the operator's PEM files.
enum TLSSetup {
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
        tls.shutdownTimeout = .seconds(1)
        return tls
    }
}
