import ArgumentParser
import Foundation
import Shipping

/// `picqer-carrier check-config`: validates a configuration file without starting.
struct CheckConfig: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check a configuration file and print its problems.")

    @Option(name: .long, help: "Configuration file (YAML).")
    var config: String = "/etc/picqer-carrier/config.yaml"

    func run() throws {
        do {
            let configuration = try CarrierConfiguration.load(path: config)
            print(
                "\(config): OK — carrier '\(configuration.carrier.name)', \(configuration.services.count) services, \(configuration.accounts.count) accounts, database \(OperatorCommands.databaseDescription(configuration))"
            )
        } catch {
            print("\(config): \(error.description)")
            throw ExitCode(78)
        }
    }
}
