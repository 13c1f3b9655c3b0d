import Dispatch
import Synchronization

/// A continuation that only the first of several callers resumes.
final class OnceContinuation<T: Sendable>: Sendable {
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
