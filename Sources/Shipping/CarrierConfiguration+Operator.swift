extension CarrierConfiguration {
    /// What an operator token may do on the operator API.
    public enum OperatorScope: String, Sendable, CaseIterable {
        /// Read shipments, labels and manifests.
        case read
        /// Change shipments (cancel, scan events).
        case write
    }

    /// Someone at the carrier (a person or a system) with a token for the operator API.
    public struct Operator: Sendable {
        /// Name shown in logs (never the token).
        public var name: String
        /// Lower-case hex SHA-256 of the token.
        public var tokenSHA256: String
        /// What the token may do.
        public var scopes: Set<OperatorScope>

        /// Creates an operator.
        public init(name: String, tokenSHA256: String, scopes: Set<OperatorScope>) {
            self.name = name
            self.tokenSHA256 = tokenSHA256
            self.scopes = scopes
        }
    }
}
