import Foundation
import PicqerAPI

/// Errors of the shipment store that the server turns into answers.
public enum ShipmentStoreError: Error, Equatable, Sendable {
    /// The tracking-code scheme has no serial numbers left.
    case serialsExhausted
    /// The database cannot be reached right now (not connected yet, restarting, or not answering within the
    /// store's time limit). Nothing was changed that the caller must know about; asking again later can succeed.
    case unavailable
}
