import ArgumentParser
import CarrierServer
import Foundation
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

    /// The flow of the configuration at `config` on its SQLite database (changes announced to its webhooks; the
    /// running server delivers them).
    static func flow(config: String) throws -> ShipmentFlow {
        let configuration = try configuration(config)
        let store = try CarrierApplication.openStore(configuration: configuration)
        return ShipmentFlow(configuration: configuration, store: store) { failure in
            FileHandle.standardError.write(Data("\(failure.description)\n".utf8))
        }
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
