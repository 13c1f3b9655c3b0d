import ArgumentParser
import Foundation
import Shipping

/// `picqer-carrier purge`: erases the personal data past the retention period now, as the server does hourly.
struct Purge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Erase recipients' personal data of shipments older than retention.personal_data_days, now (the server does this hourly)."
    )

    @Option(name: .long, help: "Configuration file (YAML).")
    var config: String = "/etc/picqer-carrier/config.yaml"

    func run() async throws {
        let configuration = try OperatorCommands.configuration(config)
        let store = try await OperatorCommands.store(configuration)
        let task = RetentionTask(store: store, personalDataDays: configuration.retention.personalDataDays)
        let date = task.now()
        let erased = try await store.erasePersonalData(createdBefore: task.cutoff(at: date), at: date)
        let cutoff = task.cutoff(at: date).formatted(.iso8601)
        print(
            "Erased the personal data of \(erased) shipment\(erased == 1 ? "" : "s") created before \(cutoff) (retention: \(configuration.retention.personalDataDays) days) in \(OperatorCommands.databaseDescription(configuration))"
        )
    }
}
