import Foundation

/// The body of every 4xx answer: `{"version":"1.0","error_messages":["…","…"]}`. Picqer shows the messages to
/// the warehouse user.
public struct ErrorResponse: Encodable, Sendable, Equatable {
    /// The messages, one per problem.
    public var errorMessages: [String]

    /// Creates an answer with these messages.
    public init(messages: [String]) {
        self.errorMessages = messages
    }

    /// Creates an answer with one message per problem, in `language`.
    public init(problems: [Problem], language: Language) {
        self.errorMessages = problems.messages(in: language)
    }

    /// Creates an answer for a body that could not be read (400); such a body has no language, so the message
    /// is given in English unless `language` says otherwise.
    public init(_ problem: RequestProblem, language: Language = .en) {
        self.errorMessages = [problem.problem.message(in: language)]
    }

    private enum CodingKeys: String, CodingKey {
        case version
        case errorMessages = "error_messages"
    }

    /// Encodes Picqer's shape.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("1.0", forKey: .version)
        try container.encode(errorMessages, forKey: .errorMessages)
    }
}
