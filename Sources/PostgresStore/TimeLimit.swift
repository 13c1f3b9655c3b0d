import Dispatch
import Synchronization

/// Runs work with a time limit that holds even when the work cannot be cancelled in time (a query waiting for a
/// connection that never comes): the caller is answered when the limit passes, and the work is cancelled and
/// left to finish on its own.
enum TimeLimit {
    /// The work did not finish within its limit.
    struct Exceeded: Error {}

    /// `work`'s result, or ``Exceeded`` after `limit`. The deadline fires from a Dispatch timer, so a busy
    /// cooperative thread pool cannot postpone it.
    static func run<T: Sendable>(
        _ limit: Duration, _ work: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let race = Race(continuation)
            race.start(work)
            DispatchQueue.global().asyncAfter(deadline: .now() + limit.seconds) {
                race.finish(.failure(Exceeded()), cancellingWork: true)
            }
        }
    }

    /// The work and the deadline; the first to finish answers.
    private final class Race<T: Sendable>: Sendable {
        private let continuation: Mutex<CheckedContinuation<T, any Error>?>
        private let worker = Mutex<Task<Void, Never>?>(nil)

        init(_ continuation: CheckedContinuation<T, any Error>) {
            self.continuation = Mutex(continuation)
        }

        func start(_ work: @escaping @Sendable () async throws -> T) {
            let task = Task {
                let result = await Result(awaiting: { try await work() })
                self.finish(result, cancellingWork: false)
            }
            worker.withLock { $0 = task }
        }

        func finish(_ result: Result<T, any Error>, cancellingWork: Bool) {
            guard let continuation = continuation.withLock({ $0.take() }) else { return }
            if cancellingWork { worker.withLock { $0 }?.cancel() }
            continuation.resume(with: result)
        }
    }
}

extension Result where Failure == any Error {
    /// The result of async `body`.
    init(awaiting body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    /// The duration in whole milliseconds.
    var inMilliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
