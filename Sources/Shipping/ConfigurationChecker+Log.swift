extension ConfigurationChecker {
    /// `log.format`: `text` (the default) or `json`.
    mutating func checkLog(_ section: ConfigurationFile.Log?) -> CarrierConfiguration.LogFormat {
        guard let text = section?.format else { return .text }
        guard let format = CarrierConfiguration.LogFormat(rawValue: text) else {
            problem("log.format", "expected text or json, got '\(text)'")
            return .text
        }
        return format
    }
}
