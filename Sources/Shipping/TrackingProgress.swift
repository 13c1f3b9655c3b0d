/// Where a parcel is on its way, in the few main stages a shopper understands: what the public tracking page
/// draws as its progress indicator.
///
/// A parcel follows one of three paths: to the recipient's door, to a pickup point, or back to the sender. Each
/// has five stages; the current stage follows from the shipment's tracking status (see
/// ``ShipmentRecord/trackingStatus``).
public struct TrackingProgress: Sendable, Equatable {
    /// The way a parcel goes.
    public enum Path: String, Sendable, CaseIterable {
        /// To the recipient's address.
        case delivery
        /// To a pickup point, where the recipient collects it.
        case pickupPoint = "pickup_point"
        /// Back to the sender.
        case returnToSender = "return_to_sender"
    }

    /// A main stage of a path.
    public enum Stage: String, Sendable, CaseIterable {
        /// The shop registered the parcel (label made); the carrier does not have it yet.
        case registered
        /// The carrier has the parcel.
        case pickedUp = "picked_up"
        /// Sorted or on its way between depots.
        case inTransit = "in_transit"
        /// With the driver for delivery.
        case outForDelivery = "out_for_delivery"
        /// Delivered to the recipient.
        case delivered
        /// Waiting at the pickup point.
        case atPickupPoint = "at_pickup_point"
        /// Collected from the pickup point.
        case collectedFromPickupPoint = "collected_from_pickup_point"
        /// On its way back to the sender.
        case returningToSender = "returning_to_sender"
        /// Back at the sender.
        case returnedToSender = "returned_to_sender"
    }

    /// How far a stage is.
    public enum StageState: String, Sendable {
        /// Passed.
        case done
        /// Where the parcel is now.
        case current
        /// Still to come.
        case upcoming
    }

    /// The path the parcel follows.
    public let path: Path
    /// Index in ``stages`` of the stage the parcel is at.
    public let currentIndex: Int
    /// Whether the last delivery attempt failed (the parcel is still at the current stage).
    public let deliveryFailed: Bool

    /// The stages of ``path``, in order.
    public var stages: [Stage] { Self.stages(of: path) }

    /// The state of every stage of ``stages``, in order.
    public var states: [StageState] {
        stages.indices.map { $0 < currentIndex ? .done : $0 == currentIndex ? .current : .upcoming }
    }

    /// The progress of a parcel whose tracking status is `status` (`nil` before its first scan event).
    /// - Parameters:
    ///   - status: the shipment's tracking status.
    ///   - toPickupPoint: whether the shop sent the parcel to a pickup point.
    public init(status: TrackingEventStatus?, toPickupPoint: Bool) {
        switch status {
        case .returningToSender?, .returnedToSender?:
            path = .returnToSender
        case .atPickupPoint?, .collectedFromPickupPoint?:
            path = .pickupPoint
        case .outForDelivery?, .delivered?:
            path = .delivery
        default:
            path = toPickupPoint ? .pickupPoint : .delivery
        }
        deliveryFailed = status == .deliveryFailed
        switch status {
        case nil: currentIndex = 0
        case .pickedUp?: currentIndex = 1
        case .atSortingCenter?, .inTransit?: currentIndex = 2
        case .deliveryFailed?: currentIndex = path == .delivery ? 3 : 2
        case .outForDelivery?, .atPickupPoint?, .returningToSender?: currentIndex = 3
        case .delivered?, .collectedFromPickupPoint?, .returnedToSender?: currentIndex = 4
        }
    }

    /// The five stages of `path`.
    public static func stages(of path: Path) -> [Stage] {
        switch path {
        case .delivery: return [.registered, .pickedUp, .inTransit, .outForDelivery, .delivered]
        case .pickupPoint: return [.registered, .pickedUp, .inTransit, .atPickupPoint, .collectedFromPickupPoint]
        case .returnToSender: return [.registered, .pickedUp, .inTransit, .returningToSender, .returnedToSender]
        }
    }
}
