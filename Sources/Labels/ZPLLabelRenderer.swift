/// Renders a label as ZPL II for Zebra-compatible thermal printers.
///
/// The thermal label has the same zones as the PDF label (``LabelLayout``), converted from
/// millimetres to printer dots: sender at the top, the service and route box, the recipient
/// (or the pickup point the parcel goes to) in large type, the Code 128 of the tracking code
/// with its spaced text, and the QR code of the tracking URL beside the references.
///
/// Everything a person typed is printed through `^FH` hex escaping (see ``ZPLEscaping``), so
/// that a `^` or `~` in a name can never become a printer command, and every line is shrunk
/// or shortened to fit its zone. The output is deterministic: the same content gives the same
/// text.
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

        /// Code 128 module widths to try, widest first: 0.5 mm, then 0.375 mm (and the
        /// nearest sizes at 300 dpi); the narrowest is a last resort for very long codes.
        var moduleWidths: [Int] {
            switch self {
            case .dpi203: [4, 3, 2]
            case .dpi300: [6, 5, 4, 3]
            }
        }
    }

    /// The resolution the ZPL is written for.
    public let resolution: Resolution

    /// Creates a renderer for printers of `resolution` (203 dpi unless told otherwise).
    public init(resolution: Resolution = .dpi203) {
        self.resolution = resolution
    }

    /// The label as one ZPL II format (`^XA` … `^XZ`), UTF-8 (`^CI28`), A6 at this
    /// renderer's resolution.
    public func render(_ content: LabelContent) -> String {
        var format = ZPLFormat(dotsPerMillimetre: resolution.dotsPerMillimetre)
        format.command("^CI28")
        format.command("^PW\(resolution.printWidth)^LL\(resolution.labelLength)^LH0,0")
        var composer = ZPLLabelComposer(
            format: format, content: content, captions: .forLanguage(content.language),
            moduleWidths: resolution.moduleWidths)
        composer.drawAll()
        return composer.format.zpl
    }
}
