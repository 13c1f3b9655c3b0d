import Foundation
import Logging
import PostgresNIO
import PostgresStore
import Shipping

/// The PostgreSQL server of the store tests: `PICQER_CARRIER_TEST_POSTGRES_URL` (scripts/with-postgres.sh starts
/// a throwaway one and sets it). Every store gets a new empty schema, so tests are independent.
enum PostgresTestDatabase {
    static let environment = ProcessInfo.processInfo.environment

    /// The server's URL, when the tests have one.
    static var url: String? { environment["PICQER_CARRIER_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 } }

    /// Whether this is a CI run (`CI=true`): then a missing server is a failure, not a skip.
    static var isCI: Bool { environment["CI"] == "true" }

    /// Whether the PostgreSQL cases run: with a server, or under CI (where they then fail).
    static var enabled: Bool { url != nil || isCI }

    static let skipReason = """
        PICQER_CARRIER_TEST_POSTGRES_URL is not set: the PostgreSQL cases of the store tests are skipped \
        (scripts/with-postgres.sh swift test … runs them; under CI=true they fail instead)
        """

    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "CI=true but PICQER_CARRIER_TEST_POSTGRES_URL is not set: the PostgreSQL store tests cannot run"
        }
    }

    static let logger: Logger = {
        var logger = Logger(label: "store-tests")
        logger.logLevel = .warning
        return logger
    }()

    /// Where the server is.
    static func location() throws -> PostgresLocation {
        guard let url else { throw Missing() }
        return try PostgresLocation(url: url)
    }

    /// A new empty schema on the server; connections of the returned configuration use it (`search_path`).
    static func freshSchema(maximumConnections: Int = 8) async throws -> (
        name: String, configuration: PostgresClient.Configuration
    ) {
        let location = try location()
        let name = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await withAdminConnection { connection in
            // The name is ours (hex digits), not input: safe to splice.
            try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \(name)"), logger: logger)
        }
        var configuration = PostgresShipmentStore.clientConfiguration(location, maximumConnections: maximumConnections)
        configuration.options.additionalStartupParameters = [("search_path", name)]
        return (name, configuration)
    }

    /// A connected, migrated store in a new schema.
    static func makeStore(outbox: WebhookOutbox? = nil) async throws -> PostgresShipmentStore {
        try await PostgresShipmentStore.open(
            configuration: freshSchema().configuration, logger: logger, outbox: outbox)
    }

    /// Runs `body` on a plain connection to the test database.
    @discardableResult
    static func withAdminConnection<T>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        let location = try location()
        let connection = try await PostgresConnection.connect(
            configuration: .init(
                host: location.host, port: location.port, username: location.username, password: location.password,
                database: location.database, tls: .disable),
            id: 1, logger: logger)
        do {
            let result = try await body(connection)
            try await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }
}
