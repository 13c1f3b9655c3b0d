import Foundation
import PicqerAPI

/// Errors of the shipment store that the server turns into answers.
public enum ShipmentStoreError: Error, Equatable, Sendable {
    /// The tracking-code scheme has no serial numbers left.
    case serialsExhausted
}
