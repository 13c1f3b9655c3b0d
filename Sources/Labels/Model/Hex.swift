/// Bytes as hexadecimal digits, two per byte: the project's one hex encoder (ZPL `_XX`
/// escapes and `%XX` URL escapes in labels, token and API-key digests in the server).
public enum Hex {
    /// `bytes` as hex digits, lower case unless `uppercase`.
    public static func string(_ bytes: some Sequence<UInt8>, uppercase: Bool = false) -> String {
        let digits = Array((uppercase ? "0123456789ABCDEF" : "0123456789abcdef").utf8)
        var text: [UInt8] = []
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
