/// Makes text that people typed safe to print in a ZPL field.
///
/// In ZPL a `^` starts a format command and a `~` a control command that the printer runs
/// at once, even in the middle of field data; a recipient named `Bob^XZ~JA` would otherwise
/// end the label and cancel the printer's queue. Every variable field is therefore written as
/// `^FH^FD<escaped>^FS`: the text (already one clean line, see ``LabelText/printable(_:)``) has
/// its UTF-8 bytes written as they are when printable ASCII, or as `_XX` hex escapes for
/// `^`, `~`, `_`, `\` and every byte outside printable ASCII. With `^CI28` the printer
/// decodes the bytes as UTF-8.
enum ZPLEscaping {
    /// The most bytes a single `^FD` may hold.
    static let maximumFieldDataBytes = 3072

    /// The `^FD` data for `text` after `^FH`: printable ASCII as is, except `^ ~ _ \`, and every
    /// other UTF-8 byte as `_XX`. Whole characters are dropped from the end when the escaped
    /// data would exceed ``maximumFieldDataBytes``.
    static func hexEscaped(_ text: String) -> String {
        // Fast path: short printable ASCII without the four special characters stays as it is.
        if text.utf8.count <= maximumFieldDataBytes,
            text.utf8.allSatisfy({ (0x20...0x7E).contains($0) && $0 != 0x5E && $0 != 0x7E && $0 != 0x5F && $0 != 0x5C })
        {
            return text
        }
        var result = ""
        var length = 0
        for character in text {
            var piece = ""
            for byte in String(character).utf8 {
                piece += escaped(byte)
            }
            guard length + piece.utf8.count <= maximumFieldDataBytes else { break }
            result += piece
            length += piece.utf8.count
        }
        return result
    }

    private static func escaped(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "^"), UInt8(ascii: "~"), UInt8(ascii: "_"), UInt8(ascii: "\\"):
            return hex(byte)
        case 0x20...0x7E:
            return String(UnicodeScalar(byte))
        default:
            return hex(byte)
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        "_" + LabelText.hex(byte)
    }
}
