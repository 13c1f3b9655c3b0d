import Dispatch
import HummingbirdBcrypt
import NIOPosix
import Synchronization

/// Runs bcrypt checks one at a time on a thread of their own, in two lanes, and never lets a check wait
/// longer than allowed.
///
/// - Logins from a client address and username without recent failures go in the *priority* lane, ahead
///   of logins from addresses or usernames that failed recently: a customer's first login of the day does
///   not queue behind a password-guessing flood.
/// - A login whose estimated wait (what is left of the running check + checks ahead of it × mean duration
///   of recent checks) exceeds what it may wait is refused at once; one that has not started when its time is up is refused without its check. So
///   a login waits at most `auth.max_queue_seconds` plus its own check.
///
/// Labels of already verified accounts never touch this queue.
final class PasswordCheckQueue: Sendable {
    private struct Job {
        var id: UInt64
        var password: String
        var hash: String
        var continuation: CheckedContinuation<Bool?, Never>
    }

    private struct Lanes {
        var priority: [Job] = []
        var normal: [Job] = []
        var nextID: UInt64 = 0

        mutating func popFirst() -> Job? {
            if !priority.isEmpty { return priority.removeFirst() }
            if !normal.isEmpty { return normal.removeFirst() }
            return nil
        }

        mutating func remove(_ id: UInt64) -> Job? {
            if let index = priority.firstIndex(where: { $0.id == id }) { return priority.remove(at: index) }
            if let index = normal.firstIndex(where: { $0.id == id }) { return normal.remove(at: index) }
            return nil
        }
    }

    private let pool: NIOThreadPool
    private let lanes = Mutex(Lanes())
    /// When the running check started (uptime nanoseconds), 0 when none runs.
    private let runningSince = Atomic<UInt64>(0)
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

    /// Password checks finished since start.
    var checksCompleted: Int { completed.load(ordering: .relaxed) }

    /// Estimated seconds a check queued now in the given lane would wait before it starts.
    func estimatedWaitSeconds(priority: Bool) -> Double {
        let ahead = lanes.withLock { priority ? $0.priority.count : $0.priority.count + $0.normal.count }
        let mean = Double(meanNanoseconds.load(ordering: .relaxed)) / 1e9
        let since = runningSince.load(ordering: .relaxed)
        let elapsed = since == 0 ? mean : Double(DispatchTime.now().uptimeNanoseconds &- since) / 1e9
        let remaining = since == 0 ? 0 : max(0.01, mean - elapsed)
        return remaining + Double(ahead) * mean
    }

    /// Whether `password` matches `hash`; `nil` (no check made) when the check could not be done within
    /// `maxWait` seconds.
    /// - Parameter priority: the priority lane, for logins without recent failures.
    func verify(_ password: String, hash: String, maxWait: Double, priority: Bool) async -> Bool? {
        guard maxWait > 0, estimatedWaitSeconds(priority: priority) <= maxWait else { return nil }
        return await withCheckedContinuation { continuation in
            let id = lanes.withLock { lanes in
                lanes.nextID += 1
                let job = Job(id: lanes.nextID, password: password, hash: hash, continuation: continuation)
                if priority { lanes.priority.append(job) } else { lanes.normal.append(job) }
                return job.id
            }
            // Not started within `maxWait`: refused without its check.
            DispatchQueue.global().asyncAfter(deadline: .now() + maxWait) { [self] in
                lanes.withLock { $0.remove(id) }?.continuation.resume(returning: nil)
            }
            // One turn of the thread per job; each turn takes the best job waiting then.
            pool.submit { [self] state in
                guard case .active = state else {
                    while let job = lanes.withLock({ $0.popFirst() }) { job.continuation.resume(returning: nil) }
                    return
                }
                runNext()
            }
        }
    }

    private func runNext() {
        guard let job = lanes.withLock({ $0.popFirst() }) else { return }
        let start = DispatchTime.now().uptimeNanoseconds
        runningSince.store(start, ordering: .relaxed)
        let verified = Bcrypt.verify(job.password, hash: job.hash)
        let took = Int(DispatchTime.now().uptimeNanoseconds - start)
        let previous = meanNanoseconds.load(ordering: .relaxed)
        meanNanoseconds.store(previous + (took - previous) / 4, ordering: .relaxed)
        completed.add(1, ordering: .relaxed)
        runningSince.store(0, ordering: .relaxed)
        CarrierMetrics.passwordCheck(accepted: verified)
        job.continuation.resume(returning: verified)
    }
}
