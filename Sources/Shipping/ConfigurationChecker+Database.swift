extension ConfigurationChecker {
    /// The PostgreSQL database of `database.url`, overridden by the `DATABASE_URL` environment variable; `nil`
    /// (the SQLite file of `database.path`) when neither is set. Messages never quote the URL: it holds the
    /// password.
    mutating func checkPostgres(_ section: ConfigurationFile.Database?) -> PostgresLocation? {
        var key = "database.url"
        var text = section?.url
        if let url = environment["DATABASE_URL"], !url.isEmpty {
            key = "DATABASE_URL"
            text = url
        }
        guard let text else { return nil }
        do {
            return try PostgresLocation(url: text)
        } catch {
            problem(key, error.description)
            return nil
        }
    }
}
