import Dispatch
import HummingbirdBcrypt
import NIOPosix
import Synchronization

/// Runs bcrypt checks one at a time on a thread of their own and refuses to queue a check that would
/// wait longer than allowed.
///
/// The wait is estimated as (checks queued or running) × (mean duration of recent checks), so that a
/// flood of password guesses gets "try again" at once instead of pushing an honest first login of the
/// day past Picqer's deadline. Labels of already verified accounts never touch this queue.
final class PasswordCheckQueue: Sendable {
    private let pool: NIOThreadPool
    private let pending = Atomic<Int>(0)
    /// Mean duration of a check in nanoseconds (exponentially weighted).
    private let meanNanoseconds = Atomic<Int>(100_000_000)
    private let completed = Atomic<Int>(0)

    init() {
        pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
    }

    deinit {
        pool.shutdownGracefully { _ in }
    }

    /// Estimated seconds a check queued now would wait before it is done.
    var estimatedWaitSeconds: Double {
        Double(pending.load(ordering: .relaxed) + 1) * Double(meanNanoseconds.load(ordering: .relaxed)) / 1e9
    }

    /// Password checks finished since start.
    var checksCompleted: Int { completed.load(ordering: .relaxed) }

    /// Whether `password` matches `hash`; `nil` (and no check) when the estimated wait exceeds `maxWait` seconds.
    func verify(_ password: String, hash: String, maxWait: Double) async -> Bool? {
        guard estimatedWaitSeconds <= maxWait else { return nil }
        pending.add(1, ordering: .relaxed)
        defer { pending.subtract(1, ordering: .relaxed) }
        let result = try? await pool.runIfActive { [self] () -> Bool in
            let start = DispatchTime.now().uptimeNanoseconds
            let verified = Bcrypt.verify(password, hash: hash)
            let took = Int(DispatchTime.now().uptimeNanoseconds - start)
            let mean = self.meanNanoseconds.load(ordering: .relaxed)
            self.meanNanoseconds.store(mean + (took - mean) / 8, ordering: .relaxed)
            self.completed.add(1, ordering: .relaxed)
            return verified
        }
        return result ?? false
    }
}
