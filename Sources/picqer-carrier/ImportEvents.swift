import ArgumentParser
import Foundation
import Shipping

/// `picqer-carrier import-events FILE.csv`: scan events from a spreadsheet, for carriers without an
/// integration of `POST /api/v1/events`. Same rules as the API; prints one line per row and a summary.
struct ImportEvents: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-events",
        abstract: "Import scan events from a CSV file into the server's database.",
        discussion: """
            The first line must be: \(TrackingEventCSV.header)
            RFC 4180 quoting, UTF-8. occurred_at is RFC 3339 with an offset (2026-12-05T14:30:00+01:00). A row \
            whose event_id was imported before is a duplicate and changes nothing, so a file can be imported again. \
            Exits 1 when a row was rejected, 65 when the file cannot be read.
            """)

    @Argument(help: "The CSV file.")
    var file: String

    @Option(name: .long, help: "Configuration file (YAML).")
    var config: String = "/etc/picqer-carrier/config.yaml"

    func run() async throws {
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            FileHandle.standardError.write(Data("\(file): cannot be read as UTF-8 text.\n".utf8))
            throw ExitCode(66)  // EX_NOINPUT
        }
        let rows: [TrackingEventCSV.Row]
        do {
            rows = try TrackingEventCSV.parse(text)
        } catch {
            FileHandle.standardError.write(Data("\(file): \(error)\n".utf8))
            throw ExitCode(65)  // EX_DATAERR
        }
        let intake = TrackingEventIntake(store: try await OperatorCommands.flow(config: config).store)
        var counts = (created: 0, duplicate: 0, rejected: 0)
        var start = rows.startIndex
        while start < rows.endIndex {
            let chunk = rows[start..<min(start + 1000, rows.endIndex)]
            let outcomes = try await intake.record(chunk.map(\.input))
            for (row, outcome) in zip(chunk, outcomes) {
                let id = row.input.eventID ?? "(no event_id)"
                switch outcome {
                case .created:
                    counts.created += 1
                    print("line \(row.line) \(id): created")
                case .duplicate:
                    counts.duplicate += 1
                    print("line \(row.line) \(id): duplicate")
                case .rejected(let errors):
                    counts.rejected += 1
                    let reasons = errors.map(\.description).joined(separator: "; ")
                    print("line \(row.line) \(id): rejected — \(reasons)")
                }
            }
            start = chunk.endIndex
        }
        print(
            "\(rows.count) rows: \(counts.created) created, \(counts.duplicate) duplicate, \(counts.rejected) rejected")
        if counts.rejected > 0 { throw ExitCode(1) }
    }
}
