/// The zones of the A6 label, in millimetres from the top-left corner of the page.
///
/// The PDF and the ZPL renderers both place their content in these zones, so that the
/// thermal label and the PDF label look the same. Top to bottom: sender (small), service
/// and route box, recipient (large), tracking barcode with its human-readable text, and a
/// footer with the QR code of the tracking URL and the references.
enum LabelLayout {
    /// A rectangle on the label, in millimetres.
    struct Zone: Equatable {
        var x: Double
        var y: Double
        var width: Double
        var height: Double

        var maxX: Double { x + width }
        var maxY: Double { y + height }
    }

    /// A6 page width (105 mm).
    static let pageWidth = 105.0
    /// A6 page height (148 mm).
    static let pageHeight = 148.0
    /// Outer margin kept free on every side. A 4-inch head at 203 dpi prints 104 mm, so
    /// nothing may sit in the outer half millimetre anyway.
    static let margin = 4.0
    /// Width available inside the margins.
    static let contentWidth = pageWidth - 2 * margin

    /// Sender: caption, name and address in small type.
    static let sender = Zone(x: margin, y: 4, width: contentWidth, height: 15)
    /// Service and route: routing code (inverted) on the left, service, weight, dates and
    /// parcel count on the right; RETURN marker when it is a return.
    static let service = Zone(x: margin, y: 20, width: contentWidth, height: 20)
    /// Left part of ``service`` holding the routing code / service code in large type.
    static let route = Zone(x: margin, y: 20, width: 34, height: 20)
    /// Recipient (or pickup point): the largest text on the label.
    static let recipient = Zone(x: margin, y: 41, width: contentWidth, height: 41)
    /// Code 128 of the tracking code, quiet zones included, plus its spaced text below.
    static let barcode = Zone(x: margin, y: 83, width: contentWidth, height: 33)
    /// Height of the bars inside ``barcode``.
    static let barHeight = 25.0
    /// Footer: QR code of the tracking URL on the left, references on the right.
    static let footer = Zone(x: margin, y: 117, width: contentWidth, height: 27)
    /// The QR code's square (quiet zone included) inside ``footer``.
    static let qr = Zone(x: margin, y: 117, width: 27, height: 27)
    /// References, dates, insurance and instructions, right of the QR code.
    static let references = Zone(x: margin + 29, y: 117, width: contentWidth - 29, height: 27)
    /// The carrier's logo, when there is one: the right-hand end of the ``sender`` zone (the
    /// sender's lines then end 2 mm left of it).
    static let logo = Zone(x: margin + contentWidth - 32, y: 4.5, width: 32, height: 14)

    /// Code 128 module widths, widest first: multiples of 0.125 mm, so that each module is a
    /// whole number of dots on a 203-dpi printer (4, 3 or 2 dots; 6, 5 or 3 at 300 dpi).
    static let barcodeModuleWidths = [0.5, 0.375, 0.25]
    /// Quiet zone left and right of a Code 128 symbol, in modules.
    static let barcodeQuietZoneModules = 10

    /// The widest module width at which `moduleCount` modules plus both quiet zones fit
    /// `width` mm, or `nil` when even the narrowest does not fit.
    static func barcodeModuleWidth(moduleCount: Int, fitting width: Double) -> Double? {
        barcodeModuleWidths.first { Double(moduleCount + 2 * barcodeQuietZoneModules) * $0 <= width + 1e-9 }
    }
}
