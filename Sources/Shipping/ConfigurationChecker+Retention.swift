extension ConfigurationChecker {
    /// The `retention:` section: `personal_data_days` at least 1 (default 90).
    mutating func checkRetention(_ section: ConfigurationFile.Retention?) -> CarrierConfiguration.Retention {
        let days = section?.personalDataDays ?? 90
        if days < 1 {
            problem(
                "retention.personal_data_days",
                "expected a whole number of days, at least 1 (how long recipients' names and addresses are kept), got \(days)"
            )
        }
        return .init(personalDataDays: max(1, days))
    }
}
