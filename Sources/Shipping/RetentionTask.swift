import Foundation

/// Erases the personal data of shipments older than the retention period: once on demand
/// (``runOnce()``, `picqer-carrier purge`) or every ``interval`` while the server runs (``run(report:)``).
public struct RetentionTask: Sendable {
    /// What one pass did, for the log: a count or the type of an error, never personal data.
    public enum Pass: Sendable, Equatable {
        /// Shipments created before `cutoff` had their personal data erased; `count` of them in this pass.
        case erased(count: Int, cutoff: Date)
        /// The pass failed with an error of this type; the next pass tries again.
        case failed(errorType: String)
    }

    /// Where the shipments are.
    public var store: any ShipmentStore
    /// Days personal data is kept, as the task reads them at each pass.
    public var personalDataDays: Int { days() }
    private let days: @Sendable () -> Int
    /// Time between passes of ``run(report:)``.
    public var interval: Duration
    /// The current time (injectable for tests).
    public var now: @Sendable () -> Date
    /// Waits between passes (injectable for tests); throws when the task is cancelled.
    public var sleep: @Sendable (Duration) async throws -> Void

    /// Creates the task.
    /// - Parameters:
    ///   - interval: time between passes of ``run(report:)``, an hour by default.
    ///   - now: the clock, `Date()` by default.
    ///   - sleep: how to wait, `Task.sleep(for:)` by default.
    public init(
        store: any ShipmentStore, personalDataDays: Int, interval: Duration = .seconds(3600),
        now: @escaping @Sendable () -> Date = { Date() },
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.init(
            store: store, personalDataDays: { personalDataDays }, interval: interval, now: now, sleep: sleep)
    }

    /// Creates a task that reads the retention period at every pass from `personalDataDays` (the running
    /// server's live configuration: a reload applies from the next pass); the other parameters as in the
    /// initializer with a fixed period.
    public init(
        store: any ShipmentStore, personalDataDays: @escaping @Sendable () -> Int,
        interval: Duration = .seconds(3600), now: @escaping @Sendable () -> Date = { Date() },
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.store = store
        self.days = personalDataDays
        self.interval = interval
        self.now = now
        self.sleep = sleep
    }

    /// Shipments created before this instant are past the retention period at `date`.
    public func cutoff(at date: Date) -> Date {
        date.addingTimeInterval(-Double(personalDataDays) * 86_400)
    }

    /// Erases what is past the retention period now.
    /// - Returns: how many shipments were erased.
    public func runOnce() async throws -> Int {
        let date = now()
        return try await store.erasePersonalData(createdBefore: cutoff(at: date), at: date)
    }

    /// Runs a pass now and then every ``interval`` until the surrounding task is cancelled, reporting each.
    /// A failed pass does not stop the task.
    public func run(report: @Sendable (Pass) -> Void) async {
        while !Task.isCancelled {
            let date = now()
            let cutoff = cutoff(at: date)
            do {
                let count = try await store.erasePersonalData(createdBefore: cutoff, at: date)
                report(.erased(count: count, cutoff: cutoff))
            } catch {
                report(.failed(errorType: "\(type(of: error))"))
            }
            do {
                try await sleep(interval)
            } catch {
                return
            }
        }
    }
}
