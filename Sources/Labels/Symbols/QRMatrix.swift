import CQRencode

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A QR symbol as a square grid of modules (`true` = dark), without quiet zone.
///
/// Encoded by libqrencode in 8-bit byte mode (the payload round-trips exactly) at error
/// correction level M, the usual level for parcel labels.
struct QRMatrix: Sendable, Equatable {
    /// Number of modules per side (21 for version 1, +4 per version).
    let size: Int
    /// QR version (1–40).
    let version: Int
    /// Modules row by row, `size * size` entries.
    let modules: [Bool]

    /// Encodes `text` (its UTF-8 bytes).
    /// - Throws: ``LabelRenderingError`` when the text is empty or too long for a QR code.
    init(_ text: String) throws {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { throw LabelRenderingError.qrCode("the tracking URL is empty") }
        // libqrencode copies the input; the pointer only has to live for the call.
        let encoded = bytes.withUnsafeBufferPointer { buffer in
            QRcode_encodeData(Int32(buffer.count), buffer.baseAddress, 0, QR_ECLEVEL_M)
        }
        guard let encoded else {
            let reason = errno == ERANGE ? "\(bytes.count) bytes is too long" : "error \(errno)"
            throw LabelRenderingError.qrCode(reason)
        }
        defer { QRcode_free(encoded) }
        let width = Int(encoded.pointee.width)
        let raw = UnsafeBufferPointer(start: encoded.pointee.data, count: width * width)
        size = width
        version = Int(encoded.pointee.version)
        // Bit 0 is the module colour; the other bits are libqrencode's internal flags.
        modules = raw.map { $0 & 1 == 1 }
    }

    /// Whether the module at `row`, `column` is dark.
    subscript(row: Int, column: Int) -> Bool { modules[row * size + column] }

    /// Horizontal runs of dark modules as (row, first column, length), row by row.
    var darkRuns: [(row: Int, column: Int, length: Int)] {
        var runs: [(row: Int, column: Int, length: Int)] = []
        for row in 0..<size {
            var column = 0
            while column < size {
                guard self[row, column] else {
                    column += 1
                    continue
                }
                let start = column
                while column < size, self[row, column] { column += 1 }
                runs.append((row, start, column - start))
            }
        }
        return runs
    }
}
