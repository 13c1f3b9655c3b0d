import Synchronization

/// Runs work against a deadline, where exactly one side wins and knows it.
///
/// The work may not be cancellable (a label being drawn in C), so the caller does not wait
/// for it after the deadline. Before committing a result the work calls ``claim()``; the
/// deadline side claims too, and only the first claim succeeds. That decides once whether a
/// shipment becomes active or void.
final class DeadlineRace: Sendable {
    private let claimed = Atomic<Bool>(false)

    /// `true` for the first caller only.
    func claim() -> Bool {
        claimed.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
    }

    /// Runs `work` in a new task and returns its result, or `nil` when `seconds` pass first.
    /// The work keeps running after a `nil`; it must use ``claim()`` before it commits.
    static func run<T: Sendable>(
        seconds: Double,
        work: @escaping @Sendable (DeadlineRace) async -> T
    ) async -> (race: DeadlineRace, result: T?) {
        let race = DeadlineRace()
        let result: T? = await withCheckedContinuation { continuation in
            let once = OnceContinuation(continuation)
            let timer = Task {
                do {
                    try await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
                } catch {
                    return  // the work finished first
                }
                once.resume(nil)
            }
            Task {
                let value = await work(race)
                once.resume(value)
                timer.cancel()
            }
        }
        return (race, result)
    }
}

/// A continuation that only the first of several callers resumes.
private final class OnceContinuation<T: Sendable>: Sendable {
    private let state: Mutex<CheckedContinuation<T?, Never>?>

    init(_ continuation: CheckedContinuation<T?, Never>) {
        state = Mutex(continuation)
    }

    func resume(_ value: T?) {
        let continuation = state.withLock { stored in
            defer { stored = nil }
            return stored
        }
        continuation?.resume(returning: value)
    }
}
