/// A write to the ``ShipmentStore`` that failed after a tracking code was issued, as reported by
/// ``ShipmentFlow``. Holds no personal data: only the tracking code and the type of the error.
public struct StoreWriteFailure: Sendable, Equatable, CustomStringConvertible {
    /// The write that failed.
    public enum Write: String, Sendable, Equatable {
        /// Marking the shipment active after its label was delivered.
        case activate
        /// Marking the shipment void after its label could not be delivered.
        case void
    }

    /// The write that failed.
    public var write: Write
    /// The tracking code of the shipment.
    public var trackingCode: String
    /// The type of the error (never its message, which may quote stored data).
    public var errorType: String

    /// Creates a report.
    public init(write: Write, trackingCode: String, errorType: String) {
        self.write = write
        self.trackingCode = trackingCode
        self.errorType = errorType
    }

    /// One line for the log.
    public var description: String {
        switch write {
        case .activate:
            return "Could not mark shipment \(trackingCode) active (\(errorType))"
        case .void:
            return "Could not mark shipment \(trackingCode) void (\(errorType)); it stays pending"
        }
    }
}
