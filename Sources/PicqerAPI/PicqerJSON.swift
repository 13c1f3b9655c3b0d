import Foundation

/// The JSON encoding of everything we answer: keys sorted (stable bytes), slashes not escaped (URLs stay
/// readable).
public enum PicqerJSON {
    /// Encodes `value`. Our answer types cannot fail to encode; should a caller's type fail, the bytes of an
    /// ``ErrorResponse`` saying so are returned instead of throwing.
    public static func encode<T: Encodable>(_ value: T) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if let data = try? encoder.encode(value) {
            return [UInt8](data)
        }
        return Array(#"{"error_messages":["The answer could not be written as JSON."],"version":"1.0"}"#.utf8)
    }
}
