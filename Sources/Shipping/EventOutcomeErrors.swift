/// The field errors of a rejected event, as an `Error` for `Result`.
public struct EventOutcomeErrors: Error, Sendable, Equatable {
    /// Every error of the event.
    public var errors: [EventFieldError]

    /// Creates the errors.
    public init(errors: [EventFieldError]) {
        self.errors = errors
    }
}
