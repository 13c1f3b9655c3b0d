extension CarrierConfiguration {
    /// Where Prometheus metrics are served (`metrics:` in the configuration file): off unless `listen` is set.
    public struct Metrics: Sendable, Equatable {
        /// Host of the plain-HTTP metrics listener (meant for a scraper on the same machine or network).
        public var host: String
        /// Its port.
        public var port: Int

        /// Creates metrics settings.
        public init(host: String, port: Int) {
            self.host = host
            self.port = port
        }
    }
}
