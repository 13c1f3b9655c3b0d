/// One option of the shipping profile the user chose in Picqer, as sent with every shipment:
/// `{"key": "sender_address", "value": 92828}`.
public struct ProfileEntry: Sendable, Equatable, Hashable {
    /// The option's key, as announced in the config-options answer.
    public var key: String
    /// The chosen value; `nil` when Picqer sent `null` (or nothing).
    public var value: ProfileValue?

    /// Creates a profile entry.
    public init(key: String, value: ProfileValue?) {
        self.key = key
        self.value = value
    }
}
