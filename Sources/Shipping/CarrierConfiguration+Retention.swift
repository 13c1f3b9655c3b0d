extension CarrierConfiguration {
    /// How long the carrier keeps personal data (`retention:` in the configuration file).
    public struct Retention: Sendable, Equatable {
        /// Days after which a shipment's personal data (the stored request: recipient's name, address, phone,
        /// e-mail) is erased; at least 1, 90 by default.
        public var personalDataDays: Int

        /// Creates retention settings.
        public init(personalDataDays: Int = 90) {
            self.personalDataDays = personalDataDays
        }
    }
}
