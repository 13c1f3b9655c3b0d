import Foundation
import Logging
import NIOCore
import NIOSSL
import PicqerAPI
import PostgresNIO
import ServiceLifecycle
import Shipping
import Synchronization

/// The ``ShipmentStore`` on PostgreSQL, for several instances sharing one database.
///
/// It follows the SQLite store's rules exactly (see `SQLiteShipmentStore`):
///
/// - **Serials**: a serial is taken (`INSERT … ON CONFLICT DO UPDATE … RETURNING`, which locks the scheme's
///   counter row) and the shipment stored in one statement — PostgreSQL makes the code from the serial — so
///   two instances never hand out the same code, a code is stored before anyone is answered, and the counter
///   is locked only while that statement runs and commits (no round trip to the server in between).
/// - **Change feed**: PostgreSQL runs transactions concurrently, and a sequence (`nextval`) hands out numbers in
///   the order transactions *start*, not the order they *commit*: a reader could see number 8 committed while 7
///   is still in flight, move its cursor past 7 and never see it. So every change transaction takes its number
///   from the `change_counter` row with `UPDATE … RETURNING` as its last statement: the row lock is held until
///   commit, so the transaction that takes N+1 waits until the one that took N has committed — numbers follow
///   commit order, as under SQLite's single writer, and no snapshot can show N+1 without N.
///   Locks are always taken shipment rows first, counter last, so changes cannot deadlock on the counter.
/// - **Scan events**: `event_id` is unique and inserted with `ON CONFLICT DO NOTHING`: of two concurrent
///   batches with the same ids, each event is stored by exactly one, a duplicate in the other.
/// - **Erasure**: the request rows (the personal data) are deleted. PostgreSQL frees the space on `VACUUM`
///   (autovacuum does it) but does not overwrite it; removing the bytes from the disk itself (`VACUUM FULL`,
///   encrypted storage) is the database operator's business, as the README says.
///
/// Database trouble is answered, not waited out: every operation fails with
/// ``ShipmentStoreError/unavailable`` until the schema is migrated, when the server cannot be reached, and when
/// an operation takes longer than its time limit.
///
/// Run it as a service (``run()``: keeps the client's connection pool and connects, with back-off, until the
/// schema is migrated), or use ``open(_:logger:maximumConnections:)`` for a command-line tool.
public final class PostgresShipmentStore: ShipmentStore, Service {
    let client: PostgresClient
    let logger: Logger
    /// The longest one store operation may take before it fails as ``ShipmentStoreError/unavailable``.
    let operationTimeout: Duration
    /// Where changes are announced to webhook endpoints; `nil` without webhooks (nothing is written).
    public let outbox: WebhookOutbox?
    /// How long a delivery handed out by ``dueWebhookDeliveries(at:limit:)`` stays with the instance that asked
    /// (longer than one attempt may take); after that another instance may send it.
    let webhookLease: Duration
    private let migrated = Atomic<Bool>(false)
    /// The client's `run()` when ``open(_:logger:maximumConnections:)`` started it (cancelled on `deinit`).
    private let ownedRun = Mutex<Task<Void, Never>?>(nil)

    /// How many shipments one transaction of ``erasePersonalData(createdBefore:at:)`` erases.
    static let erasureBatchSize = 500

    /// A store on the database at `location`; nothing connects until ``run()`` runs.
    /// - Parameters:
    ///   - location: where the database is.
    ///   - logger: for connection trouble and migrations (never the password).
    ///   - operationTimeout: the time limit of one operation (5 s: well inside Picqer's deadline).
    ///   - maximumConnections: the size of the connection pool.
    ///   - outbox: where changes are announced to webhook endpoints (`nil`: no webhooks).
    ///   - webhookLease: how long a due delivery stays with the instance that took it; longer than one attempt
    ///     (the deliverer's timeout) may take.
    public convenience init(
        location: PostgresLocation, logger: Logger, operationTimeout: Duration = .seconds(5),
        maximumConnections: Int = 20, outbox: WebhookOutbox? = nil, webhookLease: Duration = .seconds(60)
    ) {
        self.init(
            configuration: Self.clientConfiguration(location, maximumConnections: maximumConnections),
            logger: logger, operationTimeout: operationTimeout, outbox: outbox, webhookLease: webhookLease)
    }

    /// A store with an explicit client configuration (e.g. extra startup parameters in tests).
    public init(
        configuration: PostgresClient.Configuration, logger: Logger, operationTimeout: Duration = .seconds(5),
        outbox: WebhookOutbox? = nil, webhookLease: Duration = .seconds(60)
    ) {
        var backgroundLogger = logger
        // The pool logs each failed connection attempt; the store reports the outage once itself.
        backgroundLogger.logLevel = .critical
        client = PostgresClient(configuration: configuration, backgroundLogger: backgroundLogger)
        self.logger = logger
        self.operationTimeout = operationTimeout
        self.outbox = outbox
        self.webhookLease = webhookLease
    }

    deinit {
        ownedRun.withLock { $0?.cancel() }
    }

    /// The client configuration for `location`.
    public static func clientConfiguration(_ location: PostgresLocation, maximumConnections: Int = 20)
        -> PostgresClient.Configuration
    {
        let tls: PostgresClient.Configuration.TLS =
            switch location.tls {
            case .disable: .disable
            case .prefer: .prefer(.makeClientConfiguration())
            case .require: .require(.makeClientConfiguration())
            }
        var configuration = PostgresClient.Configuration(
            host: location.host, port: location.port, username: location.username, password: location.password,
            database: location.database, tls: tls)
        configuration.options.maximumConnections = maximumConnections
        configuration.options.connectTimeout = .seconds(3)
        return configuration
    }

    /// Whether the schema is migrated: the store takes work.
    public var isConnected: Bool { migrated.load(ordering: .acquiring) }

    /// Whether the store can serve now: migrated, and the database answers a trivial query within a second.
    /// For `/health/ready`.
    public func isReady() async -> Bool {
        guard isConnected else { return false }
        let client = self.client
        return (try? await TimeLimit.run(.seconds(1)) { try await client.query("SELECT 1").collect().count }) == 1
    }

    /// Runs the connection pool and, beside it, connects and migrates — retrying with back-off (0.5 s doubling
    /// to 10 s) while the database cannot be reached — until the service group shuts down.
    public func run() async throws {
        await withDiscardingTaskGroup { group in
            group.addTask { await self.client.run() }
            group.addTask { await cancelWhenGracefulShutdown { await self.connectWithBackoff() } }
        }
    }

    private func connectWithBackoff() async {
        var delay = Duration.milliseconds(500)
        var attempts = 0
        while !Task.isCancelled {
            do {
                _ = try await TimeLimit.run(.seconds(30)) { try await self.migrate() }
                migrated.store(true, ordering: .releasing)
                logger.info("Connected to PostgreSQL", metadata: ["attempts": "\(attempts + 1)"])
                return
            } catch {
                attempts += 1
                if attempts == 1 || attempts.isMultiple(of: 10) {
                    logger.warning(
                        "PostgreSQL cannot be reached yet; retrying (ready: no)",
                        metadata: [
                            "error": "\(Self.describe(error))", "attempts": "\(attempts)",
                            "retry_in": "\(delay.inMilliseconds) ms",
                        ])
                }
                do { try await Task.sleep(for: delay) } catch { return }
                delay = min(delay * 2, .seconds(10))
            }
        }
    }

    /// A store on `location` that is connected and migrated, for a command-line tool; it closes when released.
    /// - Throws: ``ShipmentStoreError/unavailable`` when the database cannot be reached within 10 seconds.
    public static func open(
        _ location: PostgresLocation, logger: Logger, maximumConnections: Int = 4, outbox: WebhookOutbox? = nil
    ) async throws -> PostgresShipmentStore {
        try await open(
            configuration: clientConfiguration(location, maximumConnections: maximumConnections), logger: logger,
            outbox: outbox)
    }

    /// A connected, migrated store with an explicit client configuration; see ``open(_:logger:maximumConnections:)``.
    public static func open(
        configuration: PostgresClient.Configuration, logger: Logger, operationTimeout: Duration = .seconds(5),
        outbox: WebhookOutbox? = nil, webhookLease: Duration = .seconds(60)
    ) async throws -> PostgresShipmentStore {
        let store = PostgresShipmentStore(
            configuration: configuration, logger: logger, operationTimeout: operationTimeout, outbox: outbox,
            webhookLease: webhookLease)
        let client = store.client
        store.ownedRun.withLock { $0 = Task { await client.run() } }
        do {
            _ = try await TimeLimit.run(.seconds(10)) { try await store.migrate() }
        } catch {
            throw translate(error)
        }
        store.migrated.store(true, ordering: .releasing)
        return store
    }

    // MARK: running operations

    /// Runs `work` on the client within ``operationTimeout``, with database trouble turned into
    /// ``ShipmentStoreError/unavailable``.
    func perform<T: Sendable>(_ work: @escaping @Sendable (PostgresClient) async throws -> T) async throws -> T {
        guard isConnected else { throw ShipmentStoreError.unavailable }
        let client = self.client
        do {
            return try await TimeLimit.run(operationTimeout) { try await work(client) }
        } catch {
            throw Self.translate(error)
        }
    }

    /// Runs `work` in one transaction (see ``perform(_:)``), again when PostgreSQL aborted it as a deadlock
    /// victim or serialization failure (at most three tries).
    func transaction<T: Sendable>(_ work: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T
    {
        let logger = self.logger
        return try await perform { client in
            var attempt = 1
            while true {
                do {
                    return try await client.withTransaction(logger: logger) { connection in
                        try await work(connection)
                    }
                } catch let error as PostgresTransactionError where attempt < 3 && Self.isRetryable(error) {
                    attempt += 1
                }
            }
        }
    }

    static func isRetryable(_ error: PostgresTransactionError) -> Bool {
        guard let failure = (error.closureError as? PSQLError) ?? (error.commitError as? PSQLError) else {
            return false
        }
        let state = failure.serverInfo?[.sqlState] ?? ""
        return state == "40P01" || state == "40001"
    }

    /// The error a caller gets for `error`: the store's own errors and decoding failures (bugs) as they are,
    /// database trouble (connection lost or refused, server shutting down or out of resources, time limit) as
    /// ``ShipmentStoreError/unavailable``.
    static func translate(_ error: any Error) -> any Error {
        switch error {
        case let error as ShipmentStoreError: return error
        case is TimeLimit.Exceeded: return ShipmentStoreError.unavailable
        case let error as PostgresTransactionError:
            if let inner = error.closureError { return translate(inner) }
            return error.commitError.map(translate) ?? ShipmentStoreError.unavailable
        case let error as PSQLError:
            guard error.code == .server else { return ShipmentStoreError.unavailable }
            let state = error.serverInfo?[.sqlState] ?? ""
            let trouble =
                ["08", "53", "57", "58"].contains { state.hasPrefix($0) } || state == "40P01" || state == "40001"
            return trouble ? ShipmentStoreError.unavailable : error
        case is PostgresDecodingError: return error
        default:
            // Connection pool errors (circuit breaker, shut down) and cancellations.
            return ShipmentStoreError.unavailable
        }
    }

    /// A description of `error` for the log: its type and, for PostgreSQL, the error code — never a message
    /// or query parameters, which may hold personal data or credentials.
    static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if error.code == .server { return "PSQLError(server, sqlstate \(error.serverInfo?[.sqlState] ?? "?"))" }
            return "PSQLError(\(error.code))"
        }
        return "\(type(of: error))"
    }

    // MARK: ShipmentStore

    public func issue(_ shipment: NewShipment, scheme: TrackingCodeScheme) async throws -> ShipmentRecord {
        let logger = self.logger
        let now = PostgresTimestamp(Date())
        let statement = IssueStatement(shipment: shipment, scheme: scheme, now: now)
        let issued = try await perform { client in
            var rows: [IssueStatement.Row] = []
            for try await row in try await client.execute(statement, logger: logger) { rows.append(row) }
            return rows.first
        }
        guard let issued else { throw ShipmentStoreError.serialsExhausted }
        return ShipmentRecord(
            id: issued.id, trackingCode: issued.trackingCode, account: shipment.account, service: shipment.service,
            status: .pending, labelFormat: nil, isReturn: shipment.isReturn, createdAt: now.date,
            senderAddressID: shipment.senderAddressID, reference: shipment.reference, orderID: shipment.orderID,
            picklistID: shipment.picklistID, returnID: shipment.returnID, zplDPI: shipment.zplDPI,
            weightGrams: shipment.weightGrams, recipientCountry: shipment.recipientCountry,
            recipientPostcode: shipment.recipientPostcode, requestBody: shipment.requestBody,
            updatedAt: now.date, sequence: issued.sequence, personalDataErased: false)
    }

    public func activate(id: Int64, labelFormat: LabelFormat) async throws {
        let now = Date()
        let statement = ActivateStatement(id: id, date: PostgresTimestamp(now), labelFormat: labelFormat.rawValue)
        try await apply(statement, announcing: .shipmentCreated, at: now)
    }

    public func void(id: Int64) async throws {
        let now = Date()
        try await apply(VoidStatement(id: id, date: PostgresTimestamp(now)), announcing: .shipmentVoided, at: now)
    }

    public func shipment(trackingCode: String) async throws -> ShipmentRecord? {
        let logger = self.logger
        return try await perform { client in
            // Read to the end (at most one row: the code is unique), so the connection goes back to the pool.
            var found: ShipmentRecord?
            for try await record in try await client.execute(
                ShipmentByCodeStatement(trackingCode: trackingCode), logger: logger)
            {
                found = record
            }
            return found
        }
    }

    public func cancel(trackingCode: String, at date: Date) async throws -> CancelOutcome {
        let logger = self.logger
        let outbox = self.outbox
        let outcome = try await transaction { connection -> CancelOutcome in
            // Locked: no scan event can land between the check and the cancel.
            guard
                let record = try await Self.records(
                    connection.query(
                        """
                        SELECT \(unescaped: Self.recordColumns) FROM shipment WHERE tracking_code = \(trackingCode)
                        FOR UPDATE OF shipment
                        """, logger: logger)
                ).first
            else { return .notFound }
            switch record.status {
            case .cancelled:
                return .alreadyCancelled(record)
            case .pending, .void:
                return .notCancellable(record)
            case .active:
                if record.trackingStatus != nil { return .notCancellable(record) }
                for try await _ in try await connection.execute(
                    CancelStatement(id: record.id, date: PostgresTimestamp(date)), logger: logger)
                {}
                _ = try await Self.announce(
                    .shipmentCancelled, shipmentID: record.id, at: date, into: outbox, on: connection, logger: logger)
                let cancelled = try await Self.records(
                    connection.query(
                        "SELECT \(unescaped: Self.recordColumns) FROM shipment WHERE id = \(record.id)", logger: logger)
                )
                guard let cancelled = cancelled.first else { throw ShipmentStoreError.unavailable }
                return .cancelled(cancelled)
            }
        }
        if case .cancelled = outcome, let outbox, !outbox.endpoints(for: .shipmentCancelled).isEmpty {
            outbox.signal.signal()
        }
        return outcome
    }

    public func changes(after sequence: Int64, limit: Int) async throws -> [ShipmentRecord] {
        guard limit > 0 else { return [] }
        let logger = self.logger
        return try await perform { client in
            try await Self.records(
                client.query(
                    """
                    SELECT \(unescaped: Self.recordColumns) FROM shipment WHERE sequence > \(sequence)
                    ORDER BY sequence LIMIT \(limit)
                    """, logger: logger))
        }
    }

    public func manifest(account: String, from: Date, to: Date, senderAddressID: Int?) async throws
        -> [ShipmentRecord]
    {
        let logger = self.logger
        return try await perform { client in
            try await Self.records(
                client.query(
                    """
                    SELECT \(unescaped: Self.recordColumns) FROM shipment
                    WHERE account = \(account) AND created_at >= \(PostgresTimestamp(from))
                        AND created_at < \(PostgresTimestamp(to)) AND status = 'active'
                        AND (\(senderAddressID)::bigint IS NULL OR sender_address_id = \(senderAddressID))
                    ORDER BY created_at, id
                    """, logger: logger))
        }
    }

    public func erasePersonalData(createdBefore: Date, at date: Date) async throws -> Int {
        var total = 0
        let logger = self.logger
        let limit = Self.erasureBatchSize
        while true {
            let erased = try await transaction { connection in
                var ids: [Int64] = []
                for try await id in try await connection.query(
                    """
                    SELECT id FROM shipment WHERE NOT personal_data_erased AND created_at < \(PostgresTimestamp(createdBefore))
                    ORDER BY created_at, id LIMIT \(limit) FOR UPDATE
                    """, logger: logger
                ).decode(Int64.self) {
                    ids.append(id)
                }
                guard !ids.isEmpty else { return 0 }
                try await connection.query(
                    "DELETE FROM shipment_request WHERE shipment_id = ANY(\(ids))", logger: logger)
                // The notifications' bodies are snapshots of the same personal data.
                try await connection.query(
                    "UPDATE webhook_notification SET body = NULL WHERE shipment_id = ANY(\(ids))", logger: logger)
                // One number per shipment, in the order selected; the counter last (see the type's documentation).
                try await connection.query(
                    """
                    WITH next AS (
                        UPDATE change_counter SET last_sequence = last_sequence + \(ids.count) WHERE name = 'shipment'
                        RETURNING last_sequence)
                    UPDATE shipment SET personal_data_erased = true, updated_at = \(PostgresTimestamp(date)),
                        sequence = next.last_sequence - \(ids.count) + erased.position
                    FROM next, unnest(\(ids)::bigint[]) WITH ORDINALITY AS erased(id, position)
                    WHERE shipment.id = erased.id
                    """, logger: logger)
                return ids.count
            }
            total += erased
            if erased < limit { break }
        }
        return total
    }

    // MARK: changes

    /// The SQL of a ``ShipmentChangeStatement``: applies `assignments` (SQL `SET` items; `$1` is the id, `$2` the
    /// time, `$3` and on the statement's own values) to one shipment when `condition` holds, as one change: the
    /// next sequence number and `updated_at`. The shipment row is locked first and the counter taken only when
    /// the condition holds, so nothing changes — and no number is used up — otherwise.
    static func changeSQL(set assignments: String, when condition: String) -> String {
        """
        WITH target AS (SELECT id FROM shipment WHERE id = $1::bigint AND (\(condition)) FOR UPDATE),
        next AS (
            UPDATE change_counter SET last_sequence = last_sequence + 1
            WHERE name = 'shipment' AND EXISTS (SELECT 1 FROM target)
            RETURNING last_sequence)
        UPDATE shipment SET \(assignments), sequence = next.last_sequence, updated_at = $2::timestamptz
        FROM next WHERE shipment.id = $1::bigint
        RETURNING shipment.sequence
        """
    }
}
