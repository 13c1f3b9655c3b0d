extension CarrierConfiguration {
    /// How `serve` writes its log (`log.format`; `--log-format` and `LOG_FORMAT` win over it).
    public enum LogFormat: String, Sendable, Equatable, CaseIterable {
        /// Human-readable lines.
        case text
        /// One JSON object per line, for log collectors.
        case json
    }
}
