extension CarrierConfiguration {
    /// How failed logins are throttled and how long a login may wait for its password check (`auth:` in the
    /// configuration file).
    public struct Auth: Sendable, Equatable {
        /// Failed logins allowed per client address in any 60 seconds; past it, 429 at once (default 10).
        public var failuresPerAddressPerMinute: Int
        /// Failed logins allowed per username in any 60 seconds; past it, 429 at once (default 30).
        public var failuresPerUsernamePerMinute: Int
        /// Longest a login may wait for a password check; a login that would wait longer gets 429 (default 1).
        public var maxQueueSeconds: Double

        /// Creates authentication settings.
        public init(
            failuresPerAddressPerMinute: Int = 10, failuresPerUsernamePerMinute: Int = 30, maxQueueSeconds: Double = 1
        ) {
            self.failuresPerAddressPerMinute = failuresPerAddressPerMinute
            self.failuresPerUsernamePerMinute = failuresPerUsernamePerMinute
            self.maxQueueSeconds = maxQueueSeconds
        }
    }

    /// Which TLS protocol versions and cipher suites the server offers (`server.tls.profile`).
    public enum TLSProfile: String, Sendable {
        /// Mozilla's "intermediate" profile: TLS 1.2 with ECDHE and AEAD suites only, and TLS 1.3 (the default).
        case intermediate
        /// Mozilla's "modern" profile: TLS 1.3 only.
        case modern
    }
}
