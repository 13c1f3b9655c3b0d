/// The problems that stopped a shipment, with the language to tell them in (answer 422 with
/// `ErrorResponse(problems: failure.problems, language: failure.language)`).
public struct ValidationFailure: Error, Sendable, Equatable {
    /// Every problem found, in order: profile first, then fields of an impossible type, then the rest.
    public var problems: [Problem]
    /// The shipment's language (English when unknown).
    public var language: Language

    /// Creates a failure.
    public init(problems: [Problem], language: Language) {
        self.problems = problems
        self.language = language
    }

    /// The messages of all problems in ``language``.
    public var messages: [String] { problems.messages(in: language) }
}
