import Foundation

/// The change feed's cursor: opaque to clients, a sequence number inside.
enum FeedCursor {
    /// The cursor that continues after `sequence`.
    static func cursor(for sequence: Int64) -> String {
        Data("v1:\(sequence)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The sequence inside `cursor`, or `nil` when it is not one of ours.
    static func sequence(of cursor: String) -> Int64? {
        guard cursor.count <= 64 else { return nil }
        var base64 = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8),
            text.hasPrefix("v1:"), let value = Int64(text.dropFirst(3)), value >= 0,
            text == "v1:\(value)"
        else { return nil }
        return value
    }
}
