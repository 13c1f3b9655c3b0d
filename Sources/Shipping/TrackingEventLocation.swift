import Foundation

/// Where a scan event happened: a depot, a sorting center or a pickup point — never the recipient's address.
public struct TrackingEventLocation: Sendable, Equatable {
    /// City name.
    public var city: String?
    /// Postcode.
    public var postcode: String?
    /// ISO 3166-1 alpha-2 country code.
    public var country: String?

    /// Creates a location; `nil` when every part is empty.
    public init?(city: String?, postcode: String?, country: String?) {
        func clean(_ text: String?) -> String? {
            guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else {
                return nil
            }
            return trimmed
        }
        self.city = clean(city)
        self.postcode = clean(postcode)
        self.country = clean(country)?.uppercased()
        if self.city == nil && self.postcode == nil && self.country == nil { return nil }
    }
}
