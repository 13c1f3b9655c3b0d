import ArgumentParser
import CarrierServer
import Foundation
import Hummingbird
import Logging
import PostgresStore
import ServiceLifecycle
import Shipping
import UnixSignals

/// `picqer-carrier serve`: runs the HTTPS server.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the server (TLS in-process; SQLite database, or PostgreSQL with database.url).")

    @Option(name: .long, help: "Configuration file (YAML).")
    var config: String = "/etc/picqer-carrier/config.yaml"

    @Flag(name: .long, help: "Run the demo: 127.0.0.1:8443, self-signed certificate, account demo/demo.")
    var demo = false

    @Option(name: .long, help: "Folder for the demo's configuration, certificate and database.")
    var dataDirectory: String = "data/demo"

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = ProcessInfo.processInfo.environment["LOG_LEVEL"] ?? "info"

    @Option(name: .long, help: "Log format: text (for people) or json (one object per line, for log collectors).")
    var logFormat: LogFormat?

    func run() async throws {
        // SIGHUP reloads (see ConfigurationReloader); until its listener runs, it must not stop the process.
        signal(SIGHUP, SIG_IGN)
        let path = demo ? try DemoSetup.prepare(in: dataDirectory) : config
        let configuration: CarrierConfiguration
        do {
            configuration = try CarrierConfiguration.load(path: path)
        } catch {
            FileHandle.standardError.write(Data("\(path): \(error.description)\n".utf8))
            throw ExitCode(78)  // EX_CONFIG
        }
        // The command line, then LOG_FORMAT, then log.format in the file.
        let format =
            logFormat ?? LogFormat(rawValue: ProcessInfo.processInfo.environment["LOG_FORMAT"] ?? "")
            ?? LogFormat(rawValue: configuration.logFormat.rawValue) ?? .text
        if format == .json {
            LoggingSystem.bootstrap { label in JSONLogHandler(label: label) }
        }
        var logger = Logger(label: "picqer-carrier")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let postgres = configuration.postgres.map {
            PostgresShipmentStore(
                location: $0, logger: logger, outbox: CarrierApplication.webhookOutbox(configuration: configuration))
        }
        let store: any ShipmentStore = try postgres ?? CarrierApplication.openStore(configuration: configuration)
        let readiness: @Sendable () async -> Bool
        if let postgres { readiness = { await postgres.isReady() } } else { readiness = { true } }
        let live = LiveConfiguration(
            flow: CarrierApplication.flow(configuration: configuration, store: store, logger: logger), logger: logger)
        let app = try CarrierApplication.build(
            live: live, logger: logger, configurationPath: path, readiness: readiness)
        let scheme = configuration.server.plainHTTP ? "http" : "https"
        let base = "\(scheme)://\(configuration.server.host):\(configuration.server.port)"
        if demo {
            print(
                """
                picqer-carrier demo
                  config-options: \(base)/picqer-integration/config-options
                  shipments:      \(base)/picqer-integration/shipments
                  account:        username '\(DemoConfiguration.username)', password '\(DemoConfiguration.password)' \
                (or empty username + API key '\(DemoConfiguration.apiKey)')
                  operator API:   \(base)/api/v1/shipments  (operator '\(DemoConfiguration.operatorName)', read + write)
                                  Authorization: Bearer \(DemoConfiguration.operatorToken)
                                  document: \(base)/api/v1/openapi.yaml
                  services:       \(configuration.services.map(\.value).joined(separator: ", "))
                  senders:        \(configuration.accounts[0].senderAddresses.map { "\($0.id) = \($0.summary)" }.joined(separator: "; "))
                  certificate:    \(configuration.server.tls?.certificatePath ?? "-") (self-signed: use curl -k)
                  database:       \(OperatorCommands.databaseDescription(configuration))
                try: curl -k -u demo:demo \(base)/picqer-integration/config-options
                """)
            fflush(nil)
        }
        logger.info(
            "Starting",
            metadata: [
                "address": "\(base)", "accounts": "\(configuration.accounts.count)",
                "services": "\(configuration.services.count)", "webhooks": "\(configuration.webhooks.count)",
                "tls":
                    "\(configuration.server.plainHTTP ? "off (plain HTTP)" : "TLS \(configuration.server.minimumTLSVersion.rawValue)+")",
                "database": "\(OperatorCommands.databaseDescription(configuration))",
            ])
        // SIGTERM (or SIGINT): stop accepting, let requests in flight finish — at most their deadline, plus a
        // little for the answer to go out — then exit 0. A PostgreSQL store runs first: it connects (with
        // back-off, /health/ready answering 503 meanwhile) while the server already listens, and shuts down
        // after it.
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [.init(service: app)]
        if let postgres { services.insert(.init(service: postgres), at: 0) }
        var group = ServiceGroupConfiguration(
            services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        group.maximumGracefulShutdownDuration = .seconds(configuration.server.requestDeadlineSeconds + 5)
        try await ServiceGroup(configuration: group).run()
        logger.info("Stopped")
    }
}

/// How `serve` writes its log.
enum LogFormat: String, ExpressibleByArgument, CaseIterable {
    /// Human-readable lines (swift-log's default).
    case text
    /// One JSON object per line.
    case json
}
