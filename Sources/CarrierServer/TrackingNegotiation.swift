import Foundation
import PicqerAPI

/// How a tracking page request says what it wants: HTML or JSON (`Accept`), which language (`?lang=`), and
/// whether its cached copy is still good (`If-None-Match`).
enum TrackingNegotiation {
    /// Whether `accept` ranks `application/json` above `text/html` (by the q values of the most specific
    /// matching ranges, RFC 9110 §12.5.1). A tie, no header or an unreadable one gives HTML.
    static func prefersJSON(_ accept: String?) -> Bool {
        guard let accept, !accept.isEmpty else { return false }
        var json = Rank()
        var html = Rank()
        for range in accept.split(separator: ",") {
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let type = parts.first, !type.isEmpty else { continue }
            var q = 1.0
            for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
                q = Double(parameter.dropFirst(2)).map { min(1, max(0, $0)) } ?? 0
            }
            json.consider(type, q: q, for: "application/json")
            html.consider(type, q: q, for: "text/html")
        }
        return json.q > html.q
    }

    /// The q value of the most specific range seen so far that matches a media type.
    private struct Rank {
        var specificity = -1
        var q = 0.0

        mutating func consider(_ range: String, q: Double, for type: String) {
            guard let specificity = TrackingNegotiation.specificity(of: range, for: type),
                specificity > self.specificity
            else { return }
            self.specificity = specificity
            self.q = q
        }
    }

    /// 2 for an exact match, 1 for `type/*`, 0 for `*/*`, `nil` when the range does not match.
    private static func specificity(of range: String, for type: String) -> Int? {
        if range == type { return 2 }
        if range == "*/*" { return 0 }
        if range.hasSuffix("/*"), type.hasPrefix(range.dropLast()) { return 1 }
        return nil
    }

    /// The page's language: `?lang=nl` or `?lang=en` (any case) when given, otherwise `fallback`.
    static func language(_ query: Substring?, fallback: Language) -> Language {
        switch query?.lowercased() {
        case "nl"?: return .nl
        case "en"?: return .en
        default: return fallback
        }
    }

    /// Whether an `If-None-Match` header (its values, possibly comma-separated lists) matches the strong ETag
    /// `eTag`: `*`, or the same tag, compared weakly as RFC 9110 §13.1.2 asks (`W/"x"` matches `"x"`).
    static func matches(ifNoneMatch values: [String], eTag: String) -> Bool {
        for value in values {
            for candidate in value.split(separator: ",") {
                var tag = candidate.trimmingCharacters(in: .whitespaces)
                if tag == "*" { return true }
                if tag.hasPrefix("W/") { tag = String(tag.dropFirst(2)) }
                if tag == eTag { return true }
            }
        }
        return false
    }
}
