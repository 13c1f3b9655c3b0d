import Foundation

/// Reads the scan-event CSV of `picqer-carrier import-events`: RFC 4180 (quoted fields may hold commas, quotes
/// doubled, line breaks), UTF-8, the header ``header`` first (a byte-order mark and CRLF line ends are fine).
public enum TrackingEventCSV {
    /// The columns, in this order.
    public static let columns = [
        "event_id", "tracking_code", "status", "occurred_at", "city", "postcode", "country", "description",
    ]
    /// The header line.
    public static var header: String { columns.joined(separator: ",") }

    /// Why a file cannot be read at all (a single row's problems are event rejections instead).
    public enum ReadError: Error, Equatable, CustomStringConvertible {
        /// The file is empty.
        case empty
        /// The first line is not ``TrackingEventCSV/header``.
        case badHeader(found: String)
        /// A quoted field is not closed before the end of the file.
        case unterminatedQuote(line: Int)
        /// A row has a different number of fields than the header.
        case wrongFieldCount(line: Int, found: Int)

        /// A message for the operator.
        public var description: String {
            switch self {
            case .empty: return "The file is empty; its first line must be: \(TrackingEventCSV.header)"
            case .badHeader(let found):
                return "The first line must be exactly: \(TrackingEventCSV.header)\n(found: \(found.prefix(200)))"
            case .unterminatedQuote(let line): return "Line \(line): a quoted field is not closed."
            case .wrongFieldCount(let line, let found):
                return "Line \(line): \(found) fields; every row needs \(TrackingEventCSV.columns.count)."
            }
        }
    }

    /// One data row: the line it starts on (1 is the header) and the event it holds.
    public struct Row: Sendable, Equatable {
        /// Line number in the file where the row starts.
        public var line: Int
        /// The row's fields; empty fields are `nil`.
        public var input: TrackingEventInput
    }

    /// The rows of `text`; blank lines are skipped.
    public static func parse(_ text: String) throws(ReadError) -> [Row] {
        let table = try Self.records(of: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        guard let first = table.first else { throw .empty }
        let header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        guard header == columns else { throw .badHeader(found: first.fields.joined(separator: ",")) }
        return try table.dropFirst().map { record throws(ReadError) in
            guard record.fields.count == columns.count else {
                throw .wrongFieldCount(line: record.line, found: record.fields.count)
            }
            let value = { (index: Int) -> String? in record.fields[index].isEmpty ? nil : record.fields[index] }
            return Row(
                line: record.line,
                input: TrackingEventInput(
                    eventID: value(0), trackingCode: value(1), status: value(2), occurredAt: value(3), city: value(4),
                    postcode: value(5), country: value(6), description: value(7)))
        }
    }

    /// The records of an RFC 4180 text with the line each starts on; lines with nothing on them are left out.
    static func records(of text: String) throws(ReadError) -> [(line: Int, fields: [String])] {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var fieldWasQuoted = false
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var characters = Array(text.unicodeScalars)[...]
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) { records.append((recordLine, fields)) }
            fields = []
            field = ""
            fieldWasQuoted = false
        }
        while let scalar = characters.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if characters.first == "\"" {
                        characters.removeFirst()
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty:
                quoted = true
                fieldWasQuoted = true
                quoteLine = line
            case ",":
                fields.append(field)
                field = ""
                fieldWasQuoted = false
            case "\r" where characters.first == "\n":
                break
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if quoted { throw .unterminatedQuote(line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
        return records
    }
}
