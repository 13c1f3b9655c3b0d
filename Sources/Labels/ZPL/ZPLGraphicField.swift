import CZlib
import Foundation

/// A bitmap as the data of a ZPL `^GF` graphic field in Zebra's compressed "Z64" form:
/// `:Z64:` + Base64 of the zlib-deflated rows + `:` + the CRC-16 of that Base64 text.
///
/// A line of text in a script the printer's font lacks becomes a few hundred bytes this way
/// instead of several kilobytes of plain hexadecimal.
struct ZPLGraphicField: Sendable, Equatable {
    /// Total bytes of the uncompressed bitmap (`^GF` parameters b and c).
    let byteCount: Int
    /// Bytes per row (`^GF` parameter d).
    let bytesPerRow: Int
    /// Width in dots of the picture.
    let width: Int
    /// Height in dots.
    let height: Int
    /// The `:Z64:…:crc` data.
    let data: String

    /// Compresses `bitmap`.
    /// - Throws: ``LabelRenderingError`` when zlib fails.
    init(_ bitmap: MonochromeBitmap) throws {
        var length = compressBound(uLong(bitmap.bytes.count))
        var compressed = [UInt8](repeating: 0, count: Int(length))
        let status = bitmap.bytes.withUnsafeBufferPointer { source in
            compressed.withUnsafeMutableBufferPointer { target in
                compress2(target.baseAddress, &length, source.baseAddress, uLong(source.count), Z_BEST_COMPRESSION)
            }
        }
        guard status == Z_OK else { throw LabelRenderingError.drawing("graphic compression failed (\(status))") }
        let base64 = Data(compressed[0..<Int(length)]).base64EncodedString()
        let crc = Self.crc16(Array(base64.utf8))
        let hex = String(crc, radix: 16)
        byteCount = bitmap.bytes.count
        bytesPerRow = bitmap.bytesPerRow
        width = bitmap.width
        height = bitmap.height
        data = ":Z64:" + base64 + ":" + String(repeating: "0", count: 4 - hex.count) + hex
    }

    /// The field with its top-left corner at (`x`, `y`) dots; `reversed` prints it white where
    /// it lies on black.
    func command(x: Int, y: Int, reversed: Bool = false) -> String {
        "^FO\(x),\(y)\(reversed ? "^FR" : "")^GFA,\(byteCount),\(byteCount),\(bytesPerRow),\(data)^FS"
    }

    /// CRC-16/XMODEM (polynomial 0x1021, initial value 0), the check value of Z64 data.
    static func crc16(_ bytes: [UInt8]) -> UInt16 {
        var crc: UInt16 = 0
        for byte in bytes {
            crc ^= UInt16(byte) << 8
            for _ in 0..<8 {
                crc = crc & 0x8000 != 0 ? (crc << 1) ^ 0x1021 : crc << 1
            }
        }
        return crc
    }
}
