import PicqerAPI

/// From request body to a shipment plan in one pass: decode leniently, validate against the account's options,
/// check the carrier's rules (insurance, customs), and report every problem of all three steps together.
/// The first step of ``ShipmentFlow``.
public enum ShipmentIntake {
    /// Why a request was refused.
    public enum Refusal: Error, Sendable, Equatable {
        /// The body is not a JSON object (HTTP 400).
        case unreadable(message: String)
        /// The shipment cannot be made as sent; every message names a field (HTTP 422).
        case invalid(messages: [String])
    }

    /// The plan for `body` sent by `account`, or why it was refused (all problems at once).
    public static func plan(body: [UInt8], account: CarrierConfiguration.Account) -> Result<ShipmentPlan, Refusal> {
        let request: ShipmentRequest
        switch ShipmentRequestDecoding.decode(body) {
        case .success(let value): request = value
        case .failure(let problem): return .failure(.unreadable(message: problem.problem.message(in: .en)))
        }
        let review = ShipmentValidator().review(
            request, options: AccountOptions.options(for: account),
            weightLimit: ShipmentPlanner.weightLimit(for: account))
        return ShipmentPlanner.plan(review, account: account).mapError { Refusal.invalid(messages: $0.messages) }
    }
}
