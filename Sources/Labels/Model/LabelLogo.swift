import CPangoCairo

/// Feeds PNG bytes to Cairo's reader.
private final class PNGSource {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }
}

/// Cairo's read callback over a ``PNGSource``.
private let readFromSource: cairo_read_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
    let source = Unmanaged<PNGSource>.fromOpaque(closure).takeUnretainedValue()
    let count = Int(length)
    guard source.offset + count <= source.bytes.count else { return CAIRO_STATUS_READ_ERROR }
    source.bytes.withUnsafeBufferPointer { buffer in
        data.update(from: buffer.baseAddress! + source.offset, count: count)
    }
    source.offset += count
    return CAIRO_STATUS_SUCCESS
}

/// The carrier's logo, printed in the top right-hand corner of every label: placed as an
/// image in the PDF, and as a graphic field in ZPL (dark pixels print black).
///
/// The PNG is checked and the thermal graphics are made once, when the logo is loaded, so a
/// label pays nothing extra for it.
public struct LabelLogo: Sendable, Equatable {
    /// The largest PNG file accepted.
    public static let maximumFileBytes = 1 << 20
    /// The smallest and largest accepted width or height in pixels.
    public static let pixelRange = 16...4096

    /// The PNG file.
    let png: [UInt8]
    /// The PNG file as given, e.g. to serve it on the public tracking page.
    public var pngBytes: [UInt8] { png }
    /// Width in pixels.
    public let pixelWidth: Int
    /// Height in pixels.
    public let pixelHeight: Int
    /// The logo in ``LabelLayout/logo`` at 203 dpi, with its offset in dots inside the zone.
    let thermal203: PlacedGraphic?
    /// The same at 300 dpi.
    let thermal300: PlacedGraphic?

    /// A graphic field and where it sits inside its zone, in dots.
    struct PlacedGraphic: Sendable, Equatable {
        var field: ZPLGraphicField
        var x: Int
        var y: Int
    }

    /// Loads a logo from the bytes of a PNG file.
    /// - Throws: ``LabelRenderingError`` naming the problem when the bytes are not a PNG
    ///   image, or the file or picture is too small or too large.
    public init(png: [UInt8]) throws {
        guard png.count <= Self.maximumFileBytes else {
            throw LabelRenderingError.logo("the logo file is larger than 1 MiB")
        }
        guard png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else {
            throw LabelRenderingError.logo("the logo is not a PNG file")
        }
        let size = try Self.withSurface(png) { surface in
            (Int(cairo_image_surface_get_width(surface)), Int(cairo_image_surface_get_height(surface)))
        }
        guard Self.pixelRange.contains(size.0), Self.pixelRange.contains(size.1) else {
            throw LabelRenderingError.logo(
                "the logo is \(size.0) × \(size.1) pixels; width and height must be 16 to 4096 pixels")
        }
        self.png = png
        pixelWidth = size.0
        pixelHeight = size.1
        thermal203 = try Self.thermal(png, dotsPerMillimetre: 8)
        thermal300 = try Self.thermal(png, dotsPerMillimetre: 12)
    }

    /// Where the picture goes inside `zone` (scaled to fit, centred), in the zone's units.
    func fitted(in width: Double, _ height: Double) -> (x: Double, y: Double, scale: Double) {
        let scale = min(width / Double(pixelWidth), height / Double(pixelHeight))
        return (
            (width - Double(pixelWidth) * scale) / 2, (height - Double(pixelHeight) * scale) / 2, scale
        )
    }

    /// Runs `body` with the decoded image surface.
    static func withSurface<T>(_ png: [UInt8], _ body: (OpaquePointer) throws -> T) throws -> T {
        let source = PNGSource(png)
        let closure = Unmanaged.passUnretained(source).toOpaque()
        guard let surface = cairo_image_surface_create_from_png_stream(readFromSource, closure) else {
            throw LabelRenderingError.logo("the logo cannot be read as a PNG image")
        }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw LabelRenderingError.logo("the logo cannot be read as a PNG image")
        }
        return try withExtendedLifetime(source) { try body(surface) }
    }

    private static func thermal(_ png: [UInt8], dotsPerMillimetre: Int) throws -> PlacedGraphic? {
        let zone = LabelLayout.logo
        let width = Int(zone.width * Double(dotsPerMillimetre))
        let height = Int(zone.height * Double(dotsPerMillimetre))
        let bitmap = try withSurface(png) { surface in
            try MonochromeBitmap.drawing(width: width, height: height, ink: .luminance) { cairo in
                let imageWidth = Double(cairo_image_surface_get_width(surface))
                let imageHeight = Double(cairo_image_surface_get_height(surface))
                let scale = min(Double(width) / imageWidth, Double(height) / imageHeight)
                cairo_translate(
                    cairo, (Double(width) - imageWidth * scale) / 2, (Double(height) - imageHeight * scale) / 2)
                cairo_scale(cairo, scale, scale)
                cairo_set_source_surface(cairo, surface, 0, 0)
                cairo_pattern_set_filter(cairo_get_source(cairo), CAIRO_FILTER_GOOD)
                cairo_paint(cairo)
            }
        }
        guard let cropped = bitmap.cropped() else { return nil }
        return PlacedGraphic(field: try ZPLGraphicField(cropped.bitmap), x: cropped.x, y: cropped.y)
    }
}
