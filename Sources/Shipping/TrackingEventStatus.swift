import Foundation

/// What a scan event says happened to a parcel: the vocabulary of `POST /api/v1/events` and of the CSV import.
///
/// Every status means the carrier has the parcel (or had it): once a shipment has any event it has been handed
/// over, and it can no longer be cancelled.
public enum TrackingEventStatus: String, Sendable, CaseIterable, Codable {
    /// The carrier picked the parcel up at the shipper (the handover).
    case pickedUp = "picked_up"
    /// Scanned at a sorting center.
    case atSortingCenter = "at_sorting_center"
    /// On its way between depots.
    case inTransit = "in_transit"
    /// With the driver for delivery today.
    case outForDelivery = "out_for_delivery"
    /// A delivery attempt failed (nobody home, address not found, …).
    case deliveryFailed = "delivery_failed"
    /// Delivered to the recipient (final).
    case delivered
    /// Waiting at a pickup point.
    case atPickupPoint = "at_pickup_point"
    /// Collected by the recipient from the pickup point (final).
    case collectedFromPickupPoint = "collected_from_pickup_point"
    /// On its way back to the shipper.
    case returningToSender = "returning_to_sender"
    /// Back at the shipper (final).
    case returnedToSender = "returned_to_sender"

    /// Whether the status ends the parcel's journey: a later-occurring non-final event does not undo it.
    public var isFinal: Bool {
        switch self {
        case .delivered, .collectedFromPickupPoint, .returnedToSender: return true
        default: return false
        }
    }

    /// Whether an event with this status at `occurredAt` becomes the shipment's tracking status in place of
    /// `current` (status and time of the event that holds it now): a final status beats a non-final one
    /// whatever their times; otherwise the later-occurring event wins (the newer arrival on a tie).
    public func supersedes(_ current: TrackingEventStatus?, occurredAt: Date, currentAt: Date?) -> Bool {
        guard let current, let currentAt else { return true }
        if isFinal != current.isFinal { return isFinal }
        return occurredAt >= currentAt
    }
}
