import CPangoCairo

/// Collects the bytes Cairo writes for a PDF or PNG surface.
private final class ByteSink {
    var bytes: [UInt8] = []
}

/// Cairo's write callback: appends to the ``ByteSink`` passed through `closure`.
///
/// It never throws or traps; a missing pointer reports a write error, which Cairo latches and
/// ``PDFCanvas/finish()`` turns into a ``LabelRenderingError``.
private let appendToSink: cairo_write_func_t = { closure, data, length in
    guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    if let data, length > 0 {
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    }
    return CAIRO_STATUS_SUCCESS
}

/// Black or white, the only two inks a label uses (a thermal printer has no grey).
enum Ink: Sendable, Equatable {
    /// Black ink.
    case black
    /// White ink, for text inside an inverted (black) box.
    case white

    fileprivate var gray: Double { self == .black ? 0 : 1 }
}

/// A drawing surface for labels and documents, measured in millimetres from the top-left
/// corner of the page.
///
/// A canvas owns one Cairo surface that writes to memory and a Pango context for text. It
/// renders a vector PDF of one or more pages (``init(pageWidth:pageHeight:title:)``) or a
/// single-page PNG preview (``init(rasterPageWidth:pageHeight:dpi:)``). Every PDF carries pinned
/// metadata (creation date, creator "picqer-carrier") so the same drawing gives the same bytes.
///
/// The canvas is deliberately not `Sendable`: create, draw and ``finish()`` it on one thread
/// inside one synchronous function; no Cairo or Pango pointer ever leaves it.
///
/// ```swift
/// let canvas = try PDFCanvas(pageWidth: 210, pageHeight: 297)
/// canvas.strokeRectangle(.init(x: 10, y: 10, width: 190, height: 40), lineWidth: 0.3)
/// canvas.text("CN 23", in: .init(x: 12, y: 12, width: 60, height: 8), size: 14, weight: .bold)
/// canvas.newPage()
/// let pdf = try canvas.finish()
/// ```
final class PDFCanvas {
    /// PostScript points per millimetre (72 pt per inch, 25.4 mm per inch).
    static let pointsPerMillimetre = 72.0 / 25.4
    /// Fixed creation date written into every PDF, so that output is reproducible.
    static let pinnedCreationDate = "2000-01-01T00:00:00Z"
    /// Creator written into every PDF.
    static let creator = "picqer-carrier"

    /// Width of the current page in millimetres.
    private(set) var pageWidth: Double
    /// Height of the current page in millimetres.
    private(set) var pageHeight: Double
    /// Number of pages begun so far (1 after creation).
    private(set) var pageCount = 1
    /// How many characters drawn so far had no glyph in any installed font (Pango draws them
    /// as a box with the hexadecimal code point, so they stay visible).
    var unknownGlyphCount = 0
    /// How many text boxes drawn so far had to be cut off with "…" because the text did not
    /// fit even at its minimum size.
    var ellipsizedTextCount = 0
    /// How many logos could not be drawn (their PNG failed to decode again).
    var logoFailureCount = 0
    /// Offset in millimetres added to every coordinate; see ``withOrigin(x:y:_:)``.
    private(set) var origin: (x: Double, y: Double) = (0, 0)

    private let sink = ByteSink()
    private let isRaster: Bool
    private let surface: OpaquePointer
    /// The Cairo context; also used by the text and symbol extensions.
    let cairo: OpaquePointer
    /// Pango text fitting bound to ``cairo``, one reusable layout for all text of this canvas.
    let fitter: TextFitter
    private var finished = false

    /// Creates a vector PDF canvas whose first page is `pageWidth` × `pageHeight` mm.
    /// - Parameters:
    ///   - pageWidth: Page width in millimetres (A6: 105, A4: 210).
    ///   - pageHeight: Page height in millimetres (A6: 148, A4: 297).
    ///   - title: Optional document title written into the PDF metadata.
    /// - Throws: ``LabelRenderingError`` when Cairo cannot create the surface.
    convenience init(pageWidth: Double, pageHeight: Double, title: String? = nil) throws {
        try self.init(pageWidth: pageWidth, pageHeight: pageHeight, raster: nil, title: title)
    }

    /// Creates a single-page PNG canvas drawn at `dpi` on a white background.
    /// - Parameters:
    ///   - rasterPageWidth: Page width in millimetres.
    ///   - pageHeight: Page height in millimetres.
    ///   - dpi: Resolution in dots per inch (thermal printers: 203 or 300).
    /// - Throws: ``LabelRenderingError`` when Cairo cannot create the image.
    convenience init(rasterPageWidth: Double, pageHeight: Double, dpi: Double) throws {
        try self.init(pageWidth: rasterPageWidth, pageHeight: pageHeight, raster: dpi, title: nil)
    }

    private init(pageWidth: Double, pageHeight: Double, raster dpi: Double?, title: String?) throws {
        self.pageWidth = pageWidth
        self.pageHeight = pageHeight
        self.isRaster = dpi != nil
        let widthPt = pageWidth * Self.pointsPerMillimetre
        let heightPt = pageHeight * Self.pointsPerMillimetre

        let newSurface: OpaquePointer?
        if let dpi {
            guard dpi >= 10, dpi <= 2400 else {
                throw LabelRenderingError.drawing("resolution \(dpi) dpi out of range")
            }
            let scale = dpi / 72
            newSurface = cairo_image_surface_create(
                CAIRO_FORMAT_RGB24, Int32((widthPt * scale).rounded()), Int32((heightPt * scale).rounded()))
        } else {
            let closure = Unmanaged.passUnretained(sink).toOpaque()
            newSurface = cairo_pdf_surface_create_for_stream(appendToSink, closure, widthPt, heightPt)
        }
        guard let newSurface else { throw LabelRenderingError.drawing("no surface") }
        try Self.check(cairo_surface_status(newSurface), destroying: newSurface)
        if !isRaster {
            cairo_pdf_surface_set_metadata(newSurface, CAIRO_PDF_METADATA_CREATE_DATE, Self.pinnedCreationDate)
            cairo_pdf_surface_set_metadata(newSurface, CAIRO_PDF_METADATA_CREATOR, Self.creator)
            if let title {
                cairo_pdf_surface_set_metadata(newSurface, CAIRO_PDF_METADATA_TITLE, title)
            }
        }

        guard let context = cairo_create(newSurface) else {
            cairo_surface_destroy(newSurface)
            throw LabelRenderingError.drawing("no drawing context")
        }
        if let dpi {
            cairo_scale(context, dpi / 72, dpi / 72)
            cairo_set_source_rgb(context, 1, 1, 1)
            cairo_paint(context)
            cairo_set_source_rgb(context, 0, 0, 0)
        }
        do {
            self.fitter = try TextFitter(cairo: context)
        } catch {
            cairo_destroy(context)
            cairo_surface_destroy(newSurface)
            throw error
        }
        self.surface = newSurface
        self.cairo = context
    }

    deinit {
        cairo_destroy(cairo)
        cairo_surface_destroy(surface)
    }

    // MARK: Pages and origin

    /// Ends the current page and begins a new one.
    ///
    /// - Parameters:
    ///   - width: Width of the new page in millimetres; the current width when `nil`.
    ///   - height: Height of the new page in millimetres; the current height when `nil`.
    /// - Note: A PNG canvas has a single page; there this call only clears it to white.
    func newPage(width: Double? = nil, height: Double? = nil) {
        guard !finished else { return }
        if isRaster {
            cairo_save(cairo)
            cairo_set_source_rgb(cairo, 1, 1, 1)
            cairo_paint(cairo)
            cairo_restore(cairo)
            return
        }
        cairo_show_page(cairo)
        let newWidth = width ?? pageWidth
        let newHeight = height ?? pageHeight
        if newWidth != pageWidth || newHeight != pageHeight {
            cairo_pdf_surface_set_size(
                surface, newWidth * Self.pointsPerMillimetre, newHeight * Self.pointsPerMillimetre)
            pageWidth = newWidth
            pageHeight = newHeight
        }
        pageCount += 1
    }

    /// Runs `body` with every coordinate shifted by (`x`, `y`) millimetres, then restores the
    /// previous origin. Offsets nest: inside, the new origin is relative to the current one.
    ///
    /// Use it to place a whole drawing (e.g. the A6 label) somewhere on a bigger page.
    func withOrigin<T>(x: Double, y: Double, _ body: () throws -> T) rethrows -> T {
        let saved = origin
        origin = (saved.x + x, saved.y + y)
        defer { origin = saved }
        return try body()
    }

    // MARK: Shapes

    /// Fills a rectangle given in millimetres.
    func fillRectangle(_ rect: LabelLayout.Zone, ink: Ink = .black) {
        guard !finished else { return }
        addRectangle(rect)
        setInk(ink)
        cairo_fill(cairo)
    }

    /// Fills many rectangles as one path with a single fill operation (barcode bars, QR runs).
    /// Overlapping or touching rectangles merge into one dark area.
    func fillRectangles(_ rects: [LabelLayout.Zone], ink: Ink = .black) {
        guard !finished, !rects.isEmpty else { return }
        for rect in rects { addRectangle(rect) }
        setInk(ink)
        cairo_fill(cairo)
    }

    /// Strokes the outline of a rectangle with a line of `lineWidth` mm drawn entirely *inside*
    /// the rectangle, so a frame never spills into the neighbouring zone.
    func strokeRectangle(_ rect: LabelLayout.Zone, lineWidth: Double, ink: Ink = .black) {
        guard !finished, rect.width > lineWidth, rect.height > lineWidth else { return }
        let half = lineWidth / 2
        addRectangle(
            .init(x: rect.x + half, y: rect.y + half, width: rect.width - lineWidth, height: rect.height - lineWidth))
        setInk(ink)
        cairo_set_line_width(cairo, lineWidth * Self.pointsPerMillimetre)
        cairo_set_line_join(cairo, CAIRO_LINE_JOIN_MITER)
        cairo_stroke(cairo)
    }

    /// Draws a straight line between two points in millimetres with butt ends (the line ends
    /// exactly at the points).
    func drawLine(from start: (x: Double, y: Double), to end: (x: Double, y: Double), width: Double, ink: Ink = .black)
    {
        guard !finished else { return }
        cairo_move_to(cairo, pt(start.x + origin.x), pt(start.y + origin.y))
        cairo_line_to(cairo, pt(end.x + origin.x), pt(end.y + origin.y))
        setInk(ink)
        cairo_set_line_width(cairo, width * Self.pointsPerMillimetre)
        cairo_set_line_cap(cairo, CAIRO_LINE_CAP_BUTT)
        cairo_stroke(cairo)
    }

    // MARK: Output

    /// Completes the document and returns its bytes: the PDF, or the PNG for a raster canvas.
    ///
    /// Call it once; drawing calls after it are ignored.
    /// - Throws: ``LabelRenderingError`` when Cairo reported any error while drawing or writing.
    func finish() throws -> [UInt8] {
        guard !finished else { throw LabelRenderingError.drawing("document already finished") }
        finished = true
        try Self.check(cairo_status(cairo))
        if isRaster {
            cairo_surface_flush(surface)
            let closure = Unmanaged.passUnretained(sink).toOpaque()
            try Self.check(cairo_surface_write_to_png_stream(surface, appendToSink, closure))
        } else {
            cairo_surface_finish(surface)
            try Self.check(cairo_surface_status(surface))
        }
        let bytes = sink.bytes
        sink.bytes = []
        return bytes
    }

    // MARK: Helpers

    /// Millimetres to points.
    func pt(_ millimetres: Double) -> Double { millimetres * Self.pointsPerMillimetre }

    /// Sets the source colour.
    func setInk(_ ink: Ink) {
        cairo_set_source_rgb(cairo, ink.gray, ink.gray, ink.gray)
    }

    /// Adds a rectangle (millimetres, shifted by ``origin``) to the current path.
    func addRectangle(_ rect: LabelLayout.Zone) {
        cairo_rectangle(cairo, pt(rect.x + origin.x), pt(rect.y + origin.y), pt(rect.width), pt(rect.height))
    }

    private static func check(_ status: cairo_status_t, destroying surface: OpaquePointer? = nil) throws {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        if let surface { cairo_surface_destroy(surface) }
        throw LabelRenderingError.drawing(String(cString: cairo_status_to_string(status)))
    }
}
