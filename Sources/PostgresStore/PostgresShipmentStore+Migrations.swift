import Logging
import PostgresNIO

extension PostgresShipmentStore {
    /// One step of the schema's history: its statements run in one transaction, recorded in
    /// `schema_migrations`. Never change a released migration: databases have run it; add a new one instead.
    struct Migration: Sendable {
        var version: Int
        var name: String
        var statements: [String]
    }

    /// The key of the advisory lock under which instances migrate: the one that gets it migrates, the others
    /// wait and then find nothing left to do.
    static let migrationLockKey: Int64 = 0x7069_6371_6572_0001

    /// The schema's history. The tables mirror the SQLite store's (version 1: its migration 4; version 2: its
    /// webhook outbox, migration 5, plus leases), with PostgreSQL types: `timestamptz` to the microsecond,
    /// `bytea` request bodies in their own table.
    static let migrations: [Migration] = [
        Migration(
            version: 1, name: "shipments-events-change-feed",
            statements: [
                "CREATE TABLE serial_counter (name text PRIMARY KEY, last_serial bigint NOT NULL)",
                "CREATE TABLE change_counter (name text PRIMARY KEY, last_sequence bigint NOT NULL)",
                "INSERT INTO change_counter (name, last_sequence) VALUES ('shipment', 0)",
                """
                CREATE TABLE shipment (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    tracking_code text NOT NULL UNIQUE,
                    account text NOT NULL,
                    service text NOT NULL,
                    sender_address_id bigint NOT NULL,
                    reference text,
                    order_id text,
                    picklist_id text,
                    return_id text,
                    is_return boolean NOT NULL,
                    zpl_dpi bigint NOT NULL,
                    label_format text,
                    status text NOT NULL,
                    created_at timestamptz NOT NULL,
                    updated_at timestamptz NOT NULL,
                    weight_grams bigint NOT NULL DEFAULT 0,
                    recipient_country text NOT NULL DEFAULT '',
                    recipient_postcode text NOT NULL DEFAULT '',
                    sequence bigint NOT NULL UNIQUE,
                    personal_data_erased boolean NOT NULL DEFAULT false,
                    tracking_status text,
                    last_event_at timestamptz
                )
                """,
                "CREATE INDEX shipment_on_account_created_at ON shipment (account, created_at)",
                """
                CREATE INDEX shipment_with_personal_data_on_created_at ON shipment (created_at)
                    WHERE NOT personal_data_erased
                """,
                """
                CREATE TABLE shipment_request (
                    shipment_id bigint PRIMARY KEY REFERENCES shipment (id),
                    body bytea NOT NULL
                )
                """,
                """
                CREATE TABLE tracking_event (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    event_id text NOT NULL UNIQUE,
                    shipment_id bigint NOT NULL REFERENCES shipment (id),
                    status text NOT NULL,
                    occurred_at timestamptz NOT NULL,
                    city text,
                    postcode text,
                    country text,
                    description text,
                    received_at timestamptz NOT NULL
                )
                """,
                "CREATE INDEX tracking_event_on_shipment_occurred_at ON tracking_event (shipment_id, occurred_at, id)",
            ]),
        webhookMigration,
    ]

    /// Brings the schema up to date: under the advisory lock, on one connection, every migration not yet in
    /// `schema_migrations` runs in its own transaction.
    /// - Returns: the versions applied now (empty when another instance had done it).
    @discardableResult
    func migrate() async throws -> [Int] {
        let logger = self.logger
        return try await client.withConnection { connection in
            try await connection.query("SELECT pg_advisory_lock(\(Self.migrationLockKey))", logger: logger)
            do {
                let applied = try await Self.applyMissing(on: connection, logger: logger)
                try await connection.query("SELECT pg_advisory_unlock(\(Self.migrationLockKey))", logger: logger)
                return applied
            } catch {
                // Closing the session would release the lock too; unlock so that the connection can be reused.
                _ = try? await connection.query(
                    "SELECT pg_advisory_unlock(\(Self.migrationLockKey))", logger: logger)
                throw error
            }
        }
    }

    private static func applyMissing(on connection: PostgresConnection, logger: Logger) async throws -> [Int] {
        try await connection.query(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version bigint PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
            """, logger: logger)
        var done: Set<Int> = []
        for try await version in try await connection.query(
            "SELECT version FROM schema_migrations", logger: logger
        ).decode(Int.self) {
            done.insert(version)
        }
        var applied: [Int] = []
        for migration in migrations where !done.contains(migration.version) {
            try await connection.withTransaction(logger: logger) { connection in
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO schema_migrations (version, name) VALUES (\(migration.version), \(migration.name))",
                    logger: logger)
            }
            logger.info(
                "Migrated the PostgreSQL schema",
                metadata: ["version": "\(migration.version)", "name": "\(migration.name)"])
            applied.append(migration.version)
        }
        return applied
    }
}
