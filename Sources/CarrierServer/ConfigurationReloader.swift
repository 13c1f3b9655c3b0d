import Dispatch
import Foundation
import Logging
import NIOCertificateReloading
import ServiceLifecycle
import Shipping

/// Reloads the configuration file and the certificate files on `SIGHUP`, without a restart.
///
/// A valid file becomes the configuration of new requests (accounts, passwords, API keys, operators,
/// services, sender addresses, carrier texts, throttling knobs); requests in flight finish with the one they
/// started with. An invalid file changes nothing: every problem is logged, as `check-config` prints them.
/// Settings read only at start (listen address, port, database, TLS files and profile, …) that changed are
/// named in a warning.
public struct ConfigurationReloader: Service {
    let path: String
    let live: LiveConfiguration
    let certificates: TimedCertificateReloader?
    let environment: [String: String]
    let logger: Logger

    /// Waits for `SIGHUP` and reloads, until the service group shuts down.
    public func run() async throws {
        signal(SIGHUP, SIG_IGN)
        let (hangups, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .global())
        source.setEventHandler { continuation.yield() }
        source.resume()
        defer { source.cancel() }
        for await _ in hangups.cancelOnGracefulShutdown() {
            reload()
        }
    }

    /// Reloads the configuration file and the certificate files now; `false` when the file was refused.
    @discardableResult
    public func reload() -> Bool {
        logger.notice("SIGHUP: reloading the configuration", metadata: ["file": "\(path)"])
        if let certificates {
            do {
                try certificates.reload()
            } catch {
                logger.error(
                    "The TLS certificate files were not reloaded; the certificate loaded before keeps serving",
                    metadata: ["error": "\(error)"])
            }
        }
        let configuration: CarrierConfiguration
        do {
            configuration = try CarrierConfiguration.load(path: path, environment: environment)
        } catch {
            for problem in error.problems {
                logger.error(
                    "The configuration file was not reloaded; the running configuration stays",
                    metadata: ["file": "\(path)", "problem": "\(problem)"])
            }
            return false
        }
        let restartOnly = live.replace(with: configuration)
        if !restartOnly.isEmpty {
            logger.warning(
                "These settings changed but take effect only after a restart",
                metadata: ["settings": "\(restartOnly.joined(separator: ", "))"])
        }
        logger.notice(
            "Configuration reloaded",
            metadata: [
                "accounts": "\(configuration.accounts.count)", "services": "\(configuration.services.count)",
                "operators": "\(configuration.operators.count)", "webhooks": "\(configuration.webhooks.count)",
                "retention_days": "\(configuration.retention.personalDataDays)",
            ])
        return true
    }
}
