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
        let base64 = Data(try Self.deflate(bitmap.bytes)).base64EncodedString()
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

    /// `bytes` in the zlib format. A graphic is a few kilobytes of mostly white rows: the
    /// fastest level with a 4 KiB window and a small hash table compresses it to within a few
    /// per cent of the best level at a fraction of the time (measured with label-benchmark).
    static func deflate(_ bytes: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        var status = deflateInit2_(
            &stream, 1, Z_DEFLATED, 12, 4, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw LabelRenderingError.drawing("graphic compression failed (\(status))") }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))))
        status = bytes.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return CZlib.deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else {
            throw LabelRenderingError.drawing("graphic compression failed (\(status))")
        }
        return Array(output[0..<Int(stream.total_out)])
    }

    /// CRC-16/XMODEM (polynomial 0x1021, initial value 0), the check value of Z64 data.
    static func crc16(_ bytes: [UInt8]) -> UInt16 {
        var crc: UInt16 = 0
        for byte in bytes {
            crc = (crc << 8) ^ crcTable[Int(UInt8(truncatingIfNeeded: crc >> 8) ^ byte)]
        }
        return crc
    }

    /// The CRC of every byte value, one table look-up per byte instead of eight shifts.
    private static let crcTable: [UInt16] = (0..<256).map { value in
        var crc = UInt16(value) << 8
        for _ in 0..<8 {
            crc = crc & 0x8000 != 0 ? (crc << 1) ^ 0x1021 : crc << 1
        }
        return crc
    }
}
