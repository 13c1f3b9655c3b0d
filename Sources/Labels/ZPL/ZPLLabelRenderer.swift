/// Renders a label as ZPL II for Zebra-compatible thermal printers.
///
/// The thermal label draws the same laid-out label as the PDF (``LabelModel``), converted
/// from millimetres to printer dots: sender at the top, the service and route box, the
/// recipient (or the pickup point the parcel goes to) in large type, the Code 128 of the
/// tracking code with its spaced text, and the QR code of the tracking URL beside the
/// references.
///
/// Text the printer's resident font can print is printed through `^FH` hex escaping (see
/// ``ZPLEscaping``), so that a `^` or `~` in a name can never become a printer command;
/// text in other scripts (Greek, Cyrillic, most of Central Europe's letters) is drawn as a
/// compressed graphic field in the PDF's font, so every printer prints it. Every line is
/// shrunk or shortened to fit its zone. The output is deterministic: the same content gives
/// the same text.
public struct ZPLLabelRenderer: Sendable {
    /// The print head's resolution.
    public enum Resolution: Int, Sendable {
        /// 203 dpi, 8 dots per millimetre: the most common thermal printers.
        case dpi203 = 203
        /// 300 dpi, 12 dots per millimetre.
        case dpi300 = 300

        /// Dots per millimetre as Zebra heads have them (203 dpi is 8.0 dots/mm exactly).
        var dotsPerMillimetre: Int {
            switch self {
            case .dpi203: 8
            case .dpi300: 12
            }
        }

        /// `^PW`: a 4-inch head prints 104 mm (832 dots at 203 dpi, 1248 at 300 dpi), a
        /// millimetre less than the 105 mm A6 width. Writing the full 840 or 1260 dots would
        /// make a printer shift or clip the format, so both resolutions use the 104 mm that
        /// the head really prints; the layout keeps 4 mm margins, so nothing is lost.
        var printWidth: Int { 104 * dotsPerMillimetre }

        /// `^LL`: the A6 length of 148 mm (1184 dots at 203 dpi, 1776 at 300 dpi).
        var labelLength: Int { Int(LabelLayout.pageHeight) * dotsPerMillimetre }

    }

    /// The resolution the ZPL is written for.
    public let resolution: Resolution

    /// Creates a renderer for printers of `resolution` (203 dpi unless told otherwise).
    public init(resolution: Resolution = .dpi203) {
        self.resolution = resolution
    }

    /// The label as one ZPL II format (`^XA` … `^XZ`), UTF-8 (`^CI28`), A6 at this
    /// renderer's resolution.
    /// - Throws: ``LabelRenderingError`` when the tracking code or URL cannot be encoded (as
    ///   for the PDF label) or a graphic cannot be drawn.
    public func render(_ content: LabelContent) throws -> String {
        try render(LabelModel(content))
    }

    /// The ZPL of an already laid-out label.
    func render(_ model: LabelModel) throws -> String {
        var drawing = ZPLLabelDrawing(resolution: resolution)
        drawing.format.command("^CI28")
        drawing.format.command("^PW\(resolution.printWidth)^LL\(resolution.labelLength)^LH0,0")
        try drawing.draw(model)
        return drawing.format.zpl
    }
}
