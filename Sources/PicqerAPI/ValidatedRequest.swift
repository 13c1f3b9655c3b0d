/// A shipment request that passed validation completely: the shipment and its shipping profile.
public struct ValidatedRequest: Sendable, Equatable {
    /// The validated shipment.
    public var shipment: ValidatedShipment
    /// The profile, resolved against the account's options.
    public var profile: ResolvedProfile

    /// Creates a validated request.
    public init(shipment: ValidatedShipment, profile: ResolvedProfile) {
        self.shipment = shipment
        self.profile = profile
    }
}
