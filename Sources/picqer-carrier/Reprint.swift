import ArgumentParser
import Foundation
import PicqerAPI
import Shipping

/// `picqer-carrier reprint CODE --out DIR`: the label of a shipment again, the same bytes as
/// Picqer got, from the server's database.
struct Reprint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a shipment's label again (label.pdf and label.zpl), byte for byte as Picqer got it.")

    @Argument(help: "The tracking code.")
    var trackingCode: String

    @Option(name: .long, help: "Configuration file (YAML).")
    var config: String = "/etc/picqer-carrier/config.yaml"

    @Option(name: .long, help: "Folder to write label.pdf and label.zpl into.")
    var out: String

    func run() async throws {
        let flow = try await OperatorCommands.flow(config: config)
        let composed: ComposedLabel
        do {
            composed = try await flow.reprint(trackingCode: trackingCode)
        } catch let refusal as ReprintRefusal {
            throw ValidationError("\(trackingCode): \(OperatorCommands.describe(refusal))")
        }
        let documents = try flow.render(composed)
        let folder = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(documents.pdf).write(to: folder.appendingPathComponent("label.pdf"))
        try Data(documents.zpl.utf8).write(to: folder.appendingPathComponent("label.zpl"))
        print("\(trackingCode): wrote label.pdf (\(documents.format.rawValue)) and label.zpl to \(folder.path)")
    }
}
