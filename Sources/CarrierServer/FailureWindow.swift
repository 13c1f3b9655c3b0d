import Synchronization

/// Failed attempts per key (a client address or a username digest) in a sliding window.
///
/// Each key keeps the times of its most recent failures, never more than the limit it is checked
/// against, so memory per key is bounded; the table holds at most `capacity` keys: when it is full,
/// keys whose failures all left the window are dropped first, then the keys with the oldest last failure.
final class FailureWindow: Sendable {
    private struct Entry {
        var failures: [ContinuousClock.Instant]
    }

    private let table = Mutex<[String: Entry]>([:])
    let window: Duration
    let capacity: Int

    init(window: Duration = .seconds(60), capacity: Int = 50_000) {
        self.window = window
        self.capacity = capacity
    }

    /// How long `key` must wait before its next attempt when it has `limit` failures in the window;
    /// `nil` when it may try now.
    func retryAfter(_ key: String, limit: Int, now: ContinuousClock.Instant = .now) -> Duration? {
        table.withLock { table -> Duration? in
            guard let entry = table[key] else { return nil }
            let recent = entry.failures.filter { now - $0 < window }
            guard recent.count >= limit, let oldest = recent.suffix(limit).first else { return nil }
            return window - (now - oldest)
        }
    }

    /// Records a failure of `key`.
    func recordFailure(_ key: String, limit: Int, now: ContinuousClock.Instant = .now) {
        table.withLock { table in
            if table[key] == nil, table.count >= capacity { evict(&table, now: now) }
            var failures = table[key]?.failures.filter { now - $0 < window } ?? []
            failures.append(now)
            if failures.count > limit { failures.removeFirst(failures.count - limit) }
            table[key] = Entry(failures: failures)
        }
    }

    /// Number of keys held (for tests of the bound).
    var count: Int { table.withLock { $0.count } }

    private func evict(_ table: inout [String: Entry], now: ContinuousClock.Instant) {
        table = table.filter { entry in entry.value.failures.contains { now - $0 < window } }
        guard table.count >= capacity else { return }
        // Still full of recent failures: drop the quarter whose last failure is oldest.
        let byLast = table.map { ($0.key, $0.value.failures.last ?? now) }.sorted { $0.1 < $1.1 }
        for (key, _) in byLast.prefix(max(1, capacity / 4)) { table[key] = nil }
    }
}
