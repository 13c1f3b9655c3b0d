import Synchronization

/// Counts shipments in progress and refuses new ones above a limit, so that an overloaded
/// server answers quickly with "try again" instead of letting everything miss the deadline.
final class InFlightLimit: Sendable {
    private let count = Atomic<Int>(0)
    let limit: Int

    init(limit: Int) { self.limit = limit }

    /// Takes a slot; `false` (and no slot) when all are taken.
    func enter() -> Bool {
        let now = count.add(1, ordering: .relaxed).newValue
        if now > limit {
            count.subtract(1, ordering: .relaxed)
            return false
        }
        CarrierMetrics.labelsInFlight(now)
        return true
    }

    /// Gives a slot back.
    func leave() { CarrierMetrics.labelsInFlight(count.subtract(1, ordering: .relaxed).newValue) }
}
