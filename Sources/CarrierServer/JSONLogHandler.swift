import Foundation
import Logging
import Synchronization

/// Writes log records as JSON, one object per line, for log collectors (`--log-format json`):
/// `time` (RFC 3339, UTC, milliseconds), `level`, `label`, `message`, `request_id` when the record
/// belongs to a request, and `metadata` (the handler's, the provider's and the record's, the latter
/// winning). What goes into a record is the caller's business: the server never logs personal data or
/// credentials, in either format.
public struct JSONLogHandler: LogHandler {
    /// Where finished lines go (standard error unless a test collects them).
    public typealias Sink = @Sendable (String) -> Void

    private let label: String
    private let sink: Sink
    /// Metadata of every record of this handler.
    public var metadata: Logger.Metadata = [:]
    /// Metadata added to every record when it is written.
    public var metadataProvider: Logger.MetadataProvider?
    /// The lowest level written.
    public var logLevel: Logger.Level = .info

    /// A handler for loggers labelled `label`, writing to standard error.
    public init(label: String) {
        self.init(label: label, sink: JSONLogHandler.standardError)
    }

    /// A handler for loggers labelled `label`, handing each line (without its newline) to `sink`.
    public init(label: String, sink: @escaping Sink) {
        self.label = label
        self.sink = sink
    }

    /// One line per record, whole lines even when threads log at once.
    public static let standardError: Sink = { line in
        standardErrorLock.withLock { _ in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }
    private static let standardErrorLock = Mutex(())

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let own = event.metadata { merged.merge(own) { _, new in new } }
        var object: [String: Any] = [
            "time": Self.timestamp(Date()), "level": event.level.rawValue, "label": label,
            "message": event.message.description,
        ]
        if let id = merged.removeValue(forKey: "hb.request.id") { object["request_id"] = id.description }
        if !merged.isEmpty { object["metadata"] = merged.mapValues(Self.json) }
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return }
        sink(String(decoding: data, as: UTF8.self))
    }

    private static func json(_ value: Logger.Metadata.Value) -> Any {
        switch value {
        case .string(let text): return text
        case .stringConvertible(let convertible): return convertible.description
        case .array(let values): return values.map(json)
        case .dictionary(let values): return values.mapValues(json)
        }
    }

    /// `date` as `2026-12-05T09:30:00.123Z`.
    static func timestamp(_ date: Date) -> String {
        let whole = RFC3339DateTranscoder.string(from: date)
        let milliseconds = Int((date.timeIntervalSince1970 * 1000).rounded()) % 1000
        let fraction = String(milliseconds + 1000).dropFirst()
        return whole.dropLast() + "." + fraction + "Z"
    }
}
