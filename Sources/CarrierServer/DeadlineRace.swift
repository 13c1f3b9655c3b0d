import Dispatch
import Synchronization

/// Runs work against a deadline, where exactly one side wins and knows it.
///
/// The work may not be cancellable (a label being drawn in C), so the caller does not wait
/// for it after the deadline. Both sides ``claim()`` before they act; only the first claim
/// succeeds. The deadline claims when it fires and then answers `nil`; the work claims before
/// it commits (makes the shipment active) and answers its result after committing. So a `nil`
/// always means "the deadline owns the outcome" and a result always means "the work does".
///
/// The deadline fires from a Dispatch timer, not from a sleeping task, so a busy cooperative
/// thread pool cannot postpone the decision.
final class DeadlineRace: Sendable {
    private let claimed = Atomic<Bool>(false)

    /// `true` for the first caller only.
    func claim() -> Bool {
        claimed.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
    }

    /// Runs `work` in a new task and returns its result, or `nil` when the deadline claimed
    /// first (after `seconds`). The work keeps running after a `nil`; it must ``claim()``
    /// before it commits anything, and finds the claim taken.
    static func run<T: Sendable>(
        seconds: Double,
        work: @escaping @Sendable (DeadlineRace) async -> T
    ) async -> (race: DeadlineRace, result: T?) {
        let race = DeadlineRace()
        let result: T? = await withCheckedContinuation { continuation in
            let once = OnceContinuation(continuation)
            let timer = DispatchWorkItem {
                if race.claim() { once.resume(nil) }
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: timer)
            Task {
                let value = await work(race)
                timer.cancel()
                once.resume(value)
            }
        }
        return (race, result)
    }
}
