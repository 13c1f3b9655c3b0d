import Foundation
import PostgresNIO
import PostgresStore
import Shipping
import Testing

/// What only the PostgreSQL store has to show: several instances on one database, migrations under the advisory
/// lock, erasure of the stored requests, and database trouble answered as ``ShipmentStoreError/unavailable``.
@Suite struct PostgresShipmentStoreTests {
    /// Visible in every test run: skipped (with the reason) without a server; under CI it runs and fails.
    @Test(.enabled(if: PostgresTestDatabase.enabled, Comment(rawValue: PostgresTestDatabase.skipReason)))
    func theTestServerAnswers() async throws {
        let answer = try await PostgresTestDatabase.withAdminConnection { connection in
            try await connection.query("SELECT 1", logger: PostgresTestDatabase.logger).collect().count
        }
        #expect(answer == 1)
    }

    @Test(.enabled(if: PostgresTestDatabase.enabled, Comment(rawValue: PostgresTestDatabase.skipReason)))
    func twoInstancesStartingTogetherMigrateOnceAndShareTheSerials() async throws {
        let schema = try await PostgresTestDatabase.freshSchema()
        async let first = PostgresShipmentStore.open(
            configuration: schema.configuration, logger: PostgresTestDatabase.logger)
        async let second = PostgresShipmentStore.open(
            configuration: schema.configuration, logger: PostgresTestDatabase.logger)
        let stores = try await [first, second]
        let migrations = try await PostgresTestDatabase.withAdminConnection { connection in
            try await connection.query(
                PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(schema.name).schema_migrations"),
                logger: PostgresTestDatabase.logger
            ).collect().first?.decode(Int.self)
        }
        #expect(migrations == 2)  // versions 1 and 2, each applied once

        // 200 shipments at once, spread over both instances: 200 distinct codes, serials exactly 1…200, and the
        // change feed numbered 1…200 without a gap or a repeat.
        let records = try await withThrowingTaskGroup(of: ShipmentRecord.self) { group in
            for index in 0..<200 {
                let store = stores[index % 2]
                group.addTask { try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme) }
            }
            var all: [ShipmentRecord] = []
            for try await record in group { all.append(record) }
            return all
        }
        let codes = Set(records.map(\.trackingCode))
        #expect(codes.count == 200)
        #expect(codes == Set((1...200).map { StoreKind.scheme.code(forSerial: Int64($0)) }))
        #expect(Set(records.map(\.sequence)) == Set(1...200))
        let feed = try await stores[1].changes(after: 0, limit: 500)
        #expect(feed.map(\.sequence) == Array(1...200))
    }

    @Test(.enabled(if: PostgresTestDatabase.enabled, Comment(rawValue: PostgresTestDatabase.skipReason)))
    func erasureDeletesTheStoredRequestRows() async throws {
        let schema = try await PostgresTestDatabase.freshSchema()
        let store = try await PostgresShipmentStore.open(
            configuration: schema.configuration, logger: PostgresTestDatabase.logger)
        let old = try await store.issue(StoreKind.shipment(name: "Xylophonista Quackenbush"), scheme: StoreKind.scheme)
        try await Task.sleep(for: .milliseconds(5))
        let cutoff = Date()
        try await Task.sleep(for: .milliseconds(5))
        let recent = try await store.issue(StoreKind.shipment(name: "Quirinella"), scheme: StoreKind.scheme)
        #expect(try await store.erasePersonalData(createdBefore: cutoff, at: Date()) == 1)
        let bodies = try await PostgresTestDatabase.withAdminConnection { connection in
            var bodies: [Int64: String] = [:]
            for try await (id, body) in try await connection.query(
                PostgresQuery(
                    unsafeSQL: "SELECT shipment_id, convert_from(body, 'UTF8') FROM \(schema.name).shipment_request"),
                logger: PostgresTestDatabase.logger
            ).decode((Int64, String).self) {
                bodies[id] = body
            }
            return bodies
        }
        #expect(bodies[old.id] == nil, "the erased request is still stored")
        #expect(bodies[recent.id]?.contains("Quirinella") == true)
    }

    @Test(
        .enabled(if: PostgresTestDatabase.enabled, Comment(rawValue: PostgresTestDatabase.skipReason)),
        arguments: [2, 1200])
    func largeBatchesAreErasedWithConsecutiveNumbers(count: Int) async throws {
        let store = try await PostgresTestDatabase.makeStore()
        for _ in 0..<count { _ = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme) }
        let at = Date().addingTimeInterval(1)
        #expect(try await store.erasePersonalData(createdBefore: at, at: at) == count)
        let sequences = try await store.changes(after: Int64(count), limit: count).map(\.sequence)
        #expect(sequences == Array(Int64(count + 1)...Int64(2 * count)))
        #expect(try await store.changes(after: 0, limit: count).allSatisfy { $0.requestBody == nil })
    }

    /// No server at all (nothing listens on the port): every operation fails at once as unavailable, and the store
    /// is not ready — it never waits for a connection that cannot come.
    @Test func anUnreachableDatabaseIsUnavailableNotAHang() async throws {
        let store = PostgresShipmentStore(
            location: PostgresLocation(
                host: "127.0.0.1", port: 1, username: "nobody", password: "secret", database: "x"),
            logger: PostgresTestDatabase.logger, operationTimeout: .seconds(2))
        let started = ContinuousClock.now
        await #expect(throws: ShipmentStoreError.unavailable) {
            try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        }
        await #expect(throws: ShipmentStoreError.unavailable) { try await store.changes(after: 0, limit: 10) }
        #expect(await store.isReady() == false)
        #expect(ContinuousClock.now - started < .seconds(1))
        await #expect(throws: ShipmentStoreError.unavailable) {
            try await PostgresShipmentStore.open(
                PostgresLocation(host: "127.0.0.1", port: 1, username: "nobody", password: nil, database: "x"),
                logger: PostgresTestDatabase.logger)
        }
    }

    @Test func theURLIsReadAndItsPasswordNeverShown() throws {
        let location = try PostgresLocation(
            url: "postgres://carrier:s%40cret@db.example.com:6432/labels?sslmode=require")
        #expect(location.host == "db.example.com" && location.port == 6432)
        #expect(location.username == "carrier" && location.password == "s@cret" && location.database == "labels")
        #expect(location.tls == .require)
        #expect(location.description == "postgres://carrier:***@db.example.com:6432/labels?sslmode=require")
        #expect(!location.description.contains("cret"))
        let plain = try PostgresLocation(url: "postgresql://carrier@localhost/labels")
        #expect(plain.port == 5432 && plain.password == nil && plain.tls == .prefer)
        for bad in [
            "mysql://a:b@h/d", "postgres://a:b@/d", "postgres://h/d", "postgres://a:b@h",
            "postgres://a:b@h/d?sslmode=x",
            "postgres://a:b@h/d?foo=1",
        ] {
            #expect(throws: PostgresLocationError.self) { try PostgresLocation(url: bad) }
        }
    }
}
