import Foundation
import GRDB
import Shipping

extension SQLiteShipmentStore {
    /// The sequence number the next change takes. Call inside the write transaction of that change, then
    /// ``commitSequence(_:in:)`` once the change is written: the write lock makes numbers follow commit order.
    static func nextSequence(_ db: Database) throws -> Int64 {
        (try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT last_sequence FROM change_counter WHERE name = 'shipment'")) ?? 0) + 1
    }

    /// Records `sequence` as taken.
    static func commitSequence(_ sequence: Int64, in db: Database) throws {
        try db.cachedStatement(sql: "UPDATE change_counter SET last_sequence = ? WHERE name = 'shipment'")
            .execute(arguments: [sequence])
    }

    /// Applies `assignments` (SQL `SET` items with `arguments`) to shipment `id` when `condition` holds, as one
    /// change at `date`: a new sequence number and `updated_at`. Nothing changes — and no number is taken —
    /// when the condition does not hold.
    /// - Returns: whether the shipment changed.
    static func change(
        id: Int64, at date: Date, set assignments: String, arguments: StatementArguments = [],
        when condition: String = "1", in db: Database
    ) throws -> Bool {
        let sequence = try nextSequence(db)
        // Cached per SQL text: scan events run the same few statements hundreds of times per batch.
        try db.cachedStatement(
            sql: "UPDATE shipment SET \(assignments), sequence = ?, updated_at = ? WHERE id = ? AND (\(condition))"
        ).execute(arguments: arguments + [sequence, date, id])
        guard db.changesCount > 0 else { return false }
        try commitSequence(sequence, in: db)
        return true
    }

    /// Marks shipment `id` changed at `date` without changing anything else, e.g. when a tracking event is
    /// stored for it in the same transaction: it reappears in the changes feed with a new sequence number.
    static func touch(id: Int64, at date: Date, in db: Database) throws {
        let sequence = try nextSequence(db)
        try db.cachedStatement(sql: "UPDATE shipment SET sequence = ?, updated_at = ? WHERE id = ?")
            .execute(arguments: [sequence, date, id])
        if db.changesCount > 0 { try commitSequence(sequence, in: db) }
    }
}
