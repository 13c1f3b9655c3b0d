import ArgumentParser
import Foundation
import Labels
import Shipping

/// `picqer-carrier manifest --date D --account A --out DIR`: the end-of-day manifest for the
/// driver (PDF) and the carrier's systems (CSV).
struct ManifestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manifest",
        abstract: "Write the end-of-day manifest of an account (manifest.pdf and manifest.csv).")

    @Option(name: .long, help: "The day, YYYY-MM-DD (Europe/Amsterdam).")
    var date: String

    @Option(name: .long, help: "Username of the Picqer account.")
    var account: String

    @Option(name: .long, help: "Only this sender address id.")
    var senderAddress: Int?

    @Option(name: .long, help: "Configuration file (YAML).")
    var config: String = "/etc/picqer-carrier/config.yaml"

    @Option(name: .long, help: "Folder to write manifest.pdf and manifest.csv into.")
    var out: String

    func run() async throws {
        let flow = try await OperatorCommands.flow(config: config)
        let manifest: Manifest
        do {
            manifest = try await flow.manifest(day: date, account: account, senderAddressID: senderAddress)
        } catch let refusal as ManifestRefusal {
            switch refusal {
            case .badDate(let day): throw ValidationError("--date: expected YYYY-MM-DD, got '\(day)'")
            case .unknownAccount(let name): throw ValidationError("--account: no account '\(name)' is configured")
            case .unknownSenderAddress(let id): throw ValidationError("--sender-address: the account has no \(id)")
            }
        }
        let pdf = try ManifestRenderer().render(manifest.content(carrierName: flow.configuration.carrier.name))
        let folder = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(pdf).write(to: folder.appendingPathComponent("manifest.pdf"))
        try Data(ManifestCSV().render(manifest.rows)).write(to: folder.appendingPathComponent("manifest.csv"))
        print(
            "\(manifest.rows.count) parcels of \(account) on \(date): wrote manifest.pdf and manifest.csv to \(folder.path)"
        )
    }
}
