import ArgumentParser
import CarrierServer
import Foundation
import Logging
import PostgresStore
import Shipping

/// What the carrier's command-line tools (reprint, manifest) share: the server's flow on its database.
enum OperatorCommands {
    /// The configuration at `config`, or exit 78 (EX_CONFIG) with its problems on stderr.
    static func configuration(_ config: String) throws -> CarrierConfiguration {
        do {
            return try CarrierConfiguration.load(path: config)
        } catch {
            FileHandle.standardError.write(Data("\(config): \(error.description)\n".utf8))
            throw ExitCode(78)  // EX_CONFIG
        }
    }

    /// The flow of the configuration at `config` on its database, SQLite or PostgreSQL (changes announced to
    /// its webhooks, on SQLite; the running server delivers them).
    static func flow(config: String) async throws -> ShipmentFlow {
        let configuration = try configuration(config)
        let store = try await store(configuration)
        return ShipmentFlow(configuration: configuration, store: store) { failure in
            FileHandle.standardError.write(Data("\(failure.description)\n".utf8))
        }
    }

    /// The store of `configuration`, opened for a command: the PostgreSQL database of `database.url` when set
    /// (connected and migrated, or exit 69 — EX_UNAVAILABLE — when it cannot be reached), else the SQLite file;
    /// either announces the changes a command makes to the configured webhooks.
    static func store(_ configuration: CarrierConfiguration) async throws -> any ShipmentStore {
        guard let location = configuration.postgres else {
            return try CarrierApplication.openStore(configuration: configuration)
        }
        var logger = Logger(label: "picqer-carrier")
        logger.logLevel = .warning
        do {
            return try await PostgresShipmentStore.open(
                location, logger: logger, outbox: CarrierApplication.webhookOutbox(configuration: configuration))
        } catch {
            FileHandle.standardError.write(
                Data("Cannot use the PostgreSQL database \(location) (\(type(of: error)))\n".utf8))
            throw ExitCode(69)  // EX_UNAVAILABLE
        }
    }

    /// Where the data is, for messages: the SQLite path or the PostgreSQL URL without its password.
    static func databaseDescription(_ configuration: CarrierConfiguration) -> String {
        configuration.postgres.map { "\($0)" } ?? configuration.databasePath
    }

    /// Why a label cannot be made again, in words.
    static func describe(_ refusal: ReprintRefusal) -> String {
        switch refusal {
        case .notFound: "no shipment has this tracking code"
        case .void: "the shipment is void: its label never reached Picqer"
        case .erased: "the shipment's personal data has been erased (retention period)"
        case .accountGone(let account): "the account '\(account)' is no longer configured"
        case .noLongerPlannable: "the stored request no longer fits the account's configuration"
        }
    }
}
