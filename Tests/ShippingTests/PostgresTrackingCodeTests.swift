import Foundation
import PostgresNIO
import Shipping
import Testing

@testable import PostgresStore

/// PostgreSQL makes the tracking code from the serial in the statement that stores the shipment: its SQL must
/// give exactly the codes `TrackingCodeScheme.code(forSerial:)` gives.
@Suite(.enabled(if: PostgresTestDatabase.enabled, Comment(rawValue: PostgresTestDatabase.skipReason)))
struct PostgresTrackingCodeTests {
    static let schemes: [TrackingCodeScheme] = [
        .s10(prefix: "CC", country: "NL"), .s10(prefix: "RR", country: "BE"), .mod10(prefix: "PC", digits: 10),
        .mod10(prefix: "", digits: 7), .mod10(prefix: "X'; --", digits: 18),
    ]

    @Test(arguments: Self.schemes) func theSQLMakesTheSameCodesAsSwift(scheme: TrackingCodeScheme) async throws {
        var generator = SystemRandomNumberGenerator()
        var serials = Array(Int64(1)...Int64(2_000))
        serials += (0..<3_000).map { _ in Int64.random(in: 1...scheme.maximumSerial, using: &generator) }
        serials += [scheme.maximumSerial, scheme.maximumSerial - 1, 10_000_000 % scheme.maximumSerial + 1]
        let rule = scheme.sqlRule
        let expression = TrackingCodeScheme.sqlCode(serial: "t.s", rule: "a")
        let rows = try await PostgresTestDatabase.withAdminConnection { connection in
            try await connection.query(
                """
                SELECT t.s, \(unescaped: expression)
                FROM (SELECT \(rule.prefix)::text AS prefix, \(rule.suffix)::text AS suffix,
                        \(rule.weights)::bigint[] AS weights, \(rule.checkDigits)::bigint[] AS check_digits) a,
                    unnest(\(serials)::bigint[]) AS t(s)
                """, logger: PostgresTestDatabase.logger
            ).collect()
        }
        #expect(rows.count == serials.count)
        var mismatches: [String] = []
        for row in rows {
            let (serial, code) = try row.decode((Int64, String).self)
            if code != scheme.code(forSerial: serial) { mismatches.append("\(serial): \(code)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }
}
