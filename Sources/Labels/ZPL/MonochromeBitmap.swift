import CPangoCairo

/// A black-and-white picture in the layout a thermal printer's graphic field wants: rows of
/// bytes, eight dots per byte, most significant bit first, 1 = black.
struct MonochromeBitmap: Sendable, Equatable {
    /// Width in dots.
    var width: Int
    /// Height in dots.
    var height: Int
    /// Bytes per row: `width` rounded up to whole bytes.
    var bytesPerRow: Int { (width + 7) / 8 }
    /// The rows, top to bottom, `bytesPerRow × height` bytes.
    var bytes: [UInt8]

    /// How a drawing becomes black and white.
    enum Ink {
        /// Whatever `draw` covers is black (text, shapes): an 8-bit coverage mask, black from
        /// half coverage up. (Cairo can draw into a 1-bit mask directly, but its glyph
        /// compositing onto 1-bit surfaces is several times slower than this.)
        case coverage
        /// Dots darker than mid-grey are black (pictures): drawn on white in colour.
        case luminance
    }

    /// Draws with `draw` onto an empty `width` × `height` dot surface (source colour black)
    /// and turns the result into black and white as `ink` says.
    ///
    /// - Throws: ``LabelRenderingError`` when Cairo cannot make the surface.
    static func drawing(
        width: Int, height: Int, ink: Ink = .coverage, _ draw: (OpaquePointer) throws -> Void
    ) throws -> MonochromeBitmap {
        guard width > 0, height > 0, width <= 4096, height <= 4096 else {
            throw LabelRenderingError.drawing("graphic of \(width) × \(height) dots out of range")
        }
        let format = ink == .coverage ? CAIRO_FORMAT_A8 : CAIRO_FORMAT_RGB24
        guard let surface = cairo_image_surface_create(format, Int32(width), Int32(height)) else {
            throw LabelRenderingError.drawing("no graphic surface")
        }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cairo = cairo_create(surface) else {
            throw LabelRenderingError.drawing("no graphic surface")
        }
        defer { cairo_destroy(cairo) }
        if ink == .luminance {
            cairo_set_source_rgb(cairo, 1, 1, 1)
            cairo_paint(cairo)
        }
        cairo_set_source_rgb(cairo, 0, 0, 0)
        try draw(cairo)
        cairo_surface_flush(surface)
        guard cairo_status(cairo) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(surface) else {
            throw LabelRenderingError.drawing("graphic drawing failed")
        }
        let stride = Int(cairo_image_surface_get_stride(surface))
        let bytesPerRow = (width + 7) / 8
        var bytes = [UInt8](repeating: 0, count: bytesPerRow * height)
        bytes.withUnsafeMutableBufferPointer { target in
            for y in 0..<height {
                let row = data + y * stride
                let out = target.baseAddress! + y * bytesPerRow
                switch ink {
                case .coverage:
                    // Eight dots into one byte: the high bit of each coverage value ≥ 128.
                    var x = 0
                    let raw = UnsafeRawPointer(row)
                    while x + 8 <= width {
                        // Most of a text bitmap is blank: test eight dots at once.
                        let eight = raw.loadUnaligned(fromByteOffset: x, as: UInt64.self) & 0x8080_8080_8080_8080
                        if eight != 0 {
                            var byte: UInt8 = 0
                            for bit in 0..<8 { byte |= (row[x + bit] & 0x80) >> UInt8(bit) }
                            out[x >> 3] = byte
                        }
                        x += 8
                    }
                    while x < width {
                        if row[x] >= 128 { out[x >> 3] |= 0x80 >> UInt8(x & 7) }
                        x += 1
                    }
                case .luminance:
                    row.withMemoryRebound(to: UInt32.self, capacity: width) { pixels in
                        for x in 0..<width {
                            let pixel = pixels[x]
                            // ITU-R BT.601 luma, in thousandths.
                            let luma = ((pixel >> 16) & 0xFF) * 299 + ((pixel >> 8) & 0xFF) * 587 + (pixel & 0xFF) * 114
                            if luma < 128_000 { out[x >> 3] |= 0x80 >> UInt8(x & 7) }
                        }
                    }
                }
            }
        }
        return MonochromeBitmap(width: width, height: height, bytes: bytes)
    }

    /// Whether the dot at (`x`, `y`) is black.
    func isBlack(x: Int, y: Int) -> Bool {
        bytes[y * bytesPerRow + x / 8] & (0x80 >> UInt8(x % 8)) != 0
    }

    /// The smallest part holding every black dot, with its offset in dots from this bitmap's
    /// top-left corner; `nil` when there is no black dot. The left edge stays on a whole byte,
    /// so cropping copies bytes.
    func cropped() -> (bitmap: MonochromeBitmap, x: Int, y: Int)? {
        var top = height
        var bottom = -1
        var leftByte = bytesPerRow
        var rightDot = -1
        for y in 0..<height {
            let row = bytes[(y * bytesPerRow)..<((y + 1) * bytesPerRow)]
            guard let first = row.firstIndex(where: { $0 != 0 }), let last = row.lastIndex(where: { $0 != 0 }) else {
                continue
            }
            top = min(top, y)
            bottom = y
            leftByte = min(leftByte, first - y * bytesPerRow)
            let lastByte = last - y * bytesPerRow
            rightDot = max(rightDot, lastByte * 8 + 7 - row[last].trailingZeroBitCount)
        }
        guard bottom >= 0 else { return nil }
        let left = leftByte * 8
        let newWidth = rightDot - left + 1
        let newBytesPerRow = (newWidth + 7) / 8
        var newBytes: [UInt8] = []
        newBytes.reserveCapacity(newBytesPerRow * (bottom - top + 1))
        for y in top...bottom {
            let start = y * bytesPerRow + leftByte
            newBytes += bytes[start..<(start + newBytesPerRow)]
        }
        return (MonochromeBitmap(width: newWidth, height: bottom - top + 1, bytes: newBytes), left, top)
    }
}
