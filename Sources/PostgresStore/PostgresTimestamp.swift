import Foundation
import NIOCore
import PostgresNIO

/// A `timestamptz` value that reads back as exactly the `Date` it was written from (to the microsecond).
///
/// PostgresNIO's own `Date` coding truncates to whole microseconds, so a date read from the database and
/// written again as a query parameter can come back one microsecond earlier (floating-point error): a manifest
/// starting at a shipment's own creation time would then miss it. This type rounds to the nearest
/// microsecond both ways, so stored dates survive any number of round trips.
struct PostgresTimestamp: PostgresNonThrowingEncodable, PostgresDecodable, Sendable {
    /// The instant, to the microsecond.
    var date: Date

    /// Seconds from 2001-01-01 (Foundation's reference date) back to 2000-01-01 (PostgreSQL's).
    private static let postgresEpochOffset: Double = 31_622_400

    init(_ date: Date) {
        self.date = Self.rounded(date)
    }

    /// `date` on the whole microsecond, as the database keeps it.
    static func rounded(_ date: Date) -> Date {
        Self.date(microseconds: Self.microseconds(date))
    }

    static func microseconds(_ date: Date) -> Int64 {
        Int64(((date.timeIntervalSinceReferenceDate + postgresEpochOffset) * 1_000_000).rounded())
    }

    static func date(microseconds: Int64) -> Date {
        Date(timeIntervalSinceReferenceDate: Double(microseconds) / 1_000_000 - postgresEpochOffset)
    }

    static var psqlType: PostgresDataType { .timestamptz }
    static var psqlFormat: PostgresFormat { .binary }

    func encode<JSONEncoder: PostgresJSONEncoder>(
        into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
    ) {
        byteBuffer.writeInteger(Self.microseconds(date))
    }

    init<JSONDecoder: PostgresJSONDecoder>(
        from buffer: inout ByteBuffer, type: PostgresDataType, format: PostgresFormat,
        context: PostgresDecodingContext<JSONDecoder>
    ) throws {
        guard type == .timestamptz || type == .timestamp, format == .binary, buffer.readableBytes == 8,
            let microseconds = buffer.readInteger(as: Int64.self)
        else { throw PostgresDecodingError.Code.typeMismatch }
        date = Self.date(microseconds: microseconds)
    }
}
