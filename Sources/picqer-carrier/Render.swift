import ArgumentParser
import Foundation
import Labels
import PicqerAPI
import Shipping

/// `picqer-carrier render`: makes the label of a shipment request file, offline.
///
/// Runs the server's ``ShipmentFlow`` (decoding, validation, customs rules, composing, rendering) on a store
/// in memory: it does not touch the database, so the tracking code is the scheme's first one unless
/// `--tracking-code` is given.
struct Render: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render the label of a shipment request JSON file.")

    @Option(name: .long, help: "Shipment request (Picqer's JSON).")
    var request: String

    @Option(name: .long, help: "Configuration file; without it the demo configuration is used.")
    var config: String?

    @Option(name: .long, help: "Username of the account to render for (default: the first account).")
    var account: String?

    @Option(name: .long, help: "Tracking code to print (default: the scheme's first code).")
    var trackingCode: String?

    @Option(name: .long, help: "Output folder for label.pdf, label.zpl and label.png.")
    var out: String

    @Flag(name: .long, help: "Also write a 203-dpi PNG preview of the label.")
    var png = false

    func run() async throws {
        let configuration = try loadConfiguration()
        guard let chosen = configuration.accounts.first(where: { account == nil || $0.username == account }) else {
            throw ValidationError("no account '\(account ?? "")' in the configuration")
        }
        let body = try [UInt8](Data(contentsOf: URL(fileURLWithPath: request)))
        // Codes issued here are forgotten at exit: they are for looking at, never for a parcel.
        let flow = ShipmentFlow(configuration: configuration, store: InMemoryShipmentStore()) { failure in
            FileHandle.standardError.write(Data("\(failure.description)\n".utf8))
        }
        let composed: ComposedLabel
        let documents: LabelDocuments
        do {
            if let trackingCode {
                composed = flow.compose(try flow.plan(body: body, account: chosen).get(), trackingCode: trackingCode)
                documents = try flow.render(composed)
            } else {
                let made = try await flow.make(body: body, account: chosen)
                composed = made.shipment.composed
                documents = made.documents
            }
        } catch ShipmentIntake.Refusal.unreadable(let message) {
            print("400: \(message)")
            throw ExitCode(2)
        } catch ShipmentIntake.Refusal.invalid(let messages) {
            print("422:\n" + messages.map { "  - \($0)" }.joined(separator: "\n"))
            throw ExitCode(2)
        }

        let folder = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(documents.pdf).write(to: folder.appendingPathComponent("label.pdf"))
        try Data(documents.zpl.utf8).write(to: folder.appendingPathComponent("label.zpl"))
        var written = ["label.pdf (\(documents.format.rawValue), \(documents.pdf.count) bytes)", "label.zpl"]
        if png {
            try Data(try PDFLabelRenderer().renderPNG(composed.label, dpi: 203)).write(
                to: folder.appendingPathComponent("label.png"))
            written.append("label.png (203 dpi)")
        }
        print(
            "tracking code \(composed.label.trackingCode): wrote \(written.joined(separator: ", ")) to \(folder.path)")
    }

    private func loadConfiguration() throws -> CarrierConfiguration {
        do {
            if let config { return try CarrierConfiguration.load(path: config) }
            // The server's demo configuration, served as plain HTTP: render opens no port and needs no certificate.
            let yaml = DemoSetup.yaml(bcryptCost: 4)
                .replacingOccurrences(of: "  tls:\n", with: "  plain_http: true\n  tls:\n")
            return try CarrierConfiguration.parse(
                yaml: yaml, environment: [:], baseDirectory: FileManager.default.currentDirectoryPath)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
