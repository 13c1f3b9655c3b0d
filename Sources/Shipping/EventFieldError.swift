/// Why an event was rejected: the field (`status`, `location.city`, …) and what is wrong with it.
public struct EventFieldError: Sendable, Equatable, CustomStringConvertible {
    /// The field, as named in the API and the CSV header (`location.` parts in the API).
    public var field: String
    /// What is wrong and what to do, in plain words.
    public var message: String

    /// Creates an error.
    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    /// `field: message`.
    public var description: String { "\(field): \(message)" }
}
