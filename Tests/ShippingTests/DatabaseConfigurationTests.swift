import Foundation
import Testing

@testable import Shipping

/// `database.url` / `DATABASE_URL` select PostgreSQL; `database.path` (the default) keeps SQLite.
@Suite struct DatabaseConfigurationTests {
    static func parse(database: String, environment: [String: String] = [:]) throws(ConfigurationError)
        -> CarrierConfiguration
    {
        try CarrierConfiguration.parse(
            yaml: ConfigurationTests.yaml() + "\n" + database, environment: environment, baseDirectory: "/srv")
    }

    @Test func sqliteUnlessAURLIsGiven() throws {
        let configuration = try Self.parse(database: "database: {path: carrier.sqlite}")
        #expect(configuration.postgres == nil)
        #expect(configuration.databasePath == "/srv/carrier.sqlite")
    }

    @Test func theURLInTheFileSelectsPostgreSQL() throws {
        let configuration = try Self.parse(
            database: "database: {url: \"postgres://carrier:pw@db.internal:5433/labels?sslmode=disable\"}")
        #expect(
            configuration.postgres
                == PostgresLocation(
                    host: "db.internal", port: 5433, username: "carrier", password: "pw", database: "labels",
                    tls: .disable))
    }

    @Test func webhooksAreDeliveredFromPostgreSQLToo() throws {
        let configuration = try Self.parse(
            database: """
                database: {url: "postgres://carrier:pw@db.internal/labels"}
                webhooks: [{url: "https://hooks.example/picqer", secret: "0123456789abcdef0123"}]
                """)
        #expect(configuration.postgres?.host == "db.internal")
        #expect(configuration.webhooks.map(\.url) == ["https://hooks.example/picqer"])
    }

    @Test func databaseURLInTheEnvironmentWins() throws {
        let configuration = try Self.parse(
            database: "database: {url: \"postgres://a:b@file-host/one\"}",
            environment: ["DATABASE_URL": "postgres://c:d@env-host/two"])
        #expect(configuration.postgres?.host == "env-host" && configuration.postgres?.database == "two")
    }

    @Test func aBadURLIsNamedWithoutItsPassword() {
        #expect {
            try Self.parse(database: "database: {url: \"mysql://carrier:TopSecret1@db/labels\"}")
        } throws: { error in
            guard let problems = (error as? ConfigurationError)?.problems else { return false }
            return problems.contains { $0.hasPrefix("database.url: ") && $0.contains("postgres://") }
                && !problems.joined().contains("TopSecret1")
        }
        #expect {
            try Self.parse(database: "", environment: ["DATABASE_URL": "postgres://carrier:TopSecret1@db"])
        } throws: { error in
            guard let problems = (error as? ConfigurationError)?.problems else { return false }
            return problems.contains { $0.hasPrefix("DATABASE_URL: ") && $0.contains("no database") }
                && !problems.joined().contains("TopSecret1")
        }
    }
}
