/// Everything wrong with a configuration, each message naming its key and what is expected.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    /// One line per problem, e.g. `carrier.key: expected one of Picqer's carrier keys (…), got 'dhl'`.
    public var problems: [String]

    /// Creates an error from its problem lines.
    public init(problems: [String]) {
        self.problems = problems
    }

    /// All problems, one per line.
    public var description: String {
        "The configuration has \(problems.count) problem\(problems.count == 1 ? "" : "s"):\n"
            + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}
