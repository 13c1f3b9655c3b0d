/// A label laid out once: every frame, filled box, block of text, barcode, QR code and logo
/// with its place on the A6 page, in millimetres from the label's top-left corner.
///
/// ``LabelModel/init(_:)`` decides what the label says and where (captions, country names,
/// joined address lines, relative type sizes, overflow rules, barcode module width, QR
/// payload); the PDF and the ZPL renderers only draw this model, each with its own way of
/// fitting text into a block. So the thermal label and the PDF label cannot drift apart.
struct LabelModel: Sendable {
    /// What is drawn, in drawing order.
    var elements: [LabelElement]

    /// The tracking code's barcode.
    var barcode: LabelBarcode? {
        for element in elements {
            if case .barcode(let barcode) = element { return barcode }
        }
        return nil
    }

    /// The text blocks of the label, in drawing order.
    var textBlocks: [LabelTextBlock] {
        elements.compactMap { element in
            if case .text(let block) = element { return block }
            return nil
        }
    }
}

/// One thing drawn on a label.
enum LabelElement: Sendable {
    /// An outlined rectangle; the line lies entirely inside the zone.
    case frame(LabelLayout.Zone, lineWidth: Double)
    /// A black rectangle (background of white text).
    case fill(LabelLayout.Zone)
    /// Lines of text stacked from the top (or centred) inside a zone.
    case text(LabelTextBlock)
    /// The Code 128 of the tracking code.
    case barcode(LabelBarcode)
    /// The QR code of the tracking URL.
    case qrCode(LabelQRCode)
    /// The carrier's logo, scaled to fit the zone and centred in it.
    case logo(LabelLogo, LabelLayout.Zone)
}

/// Which part of the label a text block belongs to; tests use it to compare the PDF and the
/// ZPL zone by zone.
enum LabelBlockName: String, Sendable, CaseIterable {
    case sender
    case route
    case title
    case returnMarker
    case weight
    case parcelCount
    case shippingDate
    case deliveryDate
    case recipient
    case trackingText
    case references
    /// An address block of the customs documents.
    case customsAddress
}

/// Lines of text inside one zone. When they are too tall together every line shrinks by the
/// same factor (never below its own minimum size); see ``TextStackLayout``.
struct LabelTextBlock: Sendable {
    /// Vertical placement of the lines inside the zone.
    enum VerticalAlignment: Sendable {
        /// From the top edge.
        case top
        /// Centred between the top and bottom edges.
        case center
    }

    /// The part of the label.
    var name: LabelBlockName
    /// Where the lines go.
    var zone: LabelLayout.Zone
    /// The lines, top to bottom; empty lines are left out.
    var lines: [LabelTextLine]
    /// Top or centre.
    var verticalAlignment: VerticalAlignment = .top
    /// Black text, or white text on a black ``LabelElement/fill(_:)``.
    var ink: Ink = .black
}

/// One line (or wrapping paragraph) of a ``LabelTextBlock``.
struct LabelTextLine: Sendable, Equatable {
    /// The text, already cleaned to one line (see ``LabelText/printable(_:)``).
    var text: String
    /// Preferred size in points (the ZPL renderer converts it to a font height in dots).
    var size: Double
    /// Smallest size in points.
    var minSize: Double
    /// Regular or bold.
    var weight: FontWeight = .regular
    /// Shrink-and-ellipsize or wrap.
    var overflow: TextOverflow = .shrinkThenEllipsize
    /// Horizontal placement.
    var alignment: TextAlignment = .leading
    /// Space in millimetres left above this line.
    var spaceBefore: Double = 0
}

/// The tracking code's Code 128, already encoded and sized.
struct LabelBarcode: Sendable {
    /// The tracking code (`A–Z`, `0–9`).
    var code: String
    /// The symbol's modules, `true` = bar.
    var modules: [Bool]
    /// Width of one module in millimetres: 0.5, 0.375 or 0.25 mm (4, 3 or 2 dots at 203 dpi).
    var moduleWidth: Double
    /// The zone the symbol is centred in; quiet zones included.
    var zone: LabelLayout.Zone
    /// Height of the bars in millimetres, from the top of ``zone``.
    var barHeight: Double
}

/// The tracking URL's QR code: its text and size. The PDF renderer encodes the modules
/// (libqrencode); a thermal printer encodes them itself from the same text.
struct LabelQRCode: Sendable {
    /// Bytes a QR code of error correction level M holds in byte mode, versions 1–40.
    static let byteCapacityM = [
        14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666,
        711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989,
        2099, 2213, 2331,
    ]

    /// The encoded text: printable ASCII (other bytes percent-encoded).
    var payload: String
    /// The smallest QR version (level M, byte mode) that holds ``payload``.
    var version: Int
    /// The square it is centred in, quiet zone included.
    var zone: LabelLayout.Zone

    /// Modules per side.
    var moduleCount: Int { 17 + 4 * version }

    /// The QR code of `payload` in `zone`.
    /// - Throws: ``LabelRenderingError`` when the payload is empty or too long for a QR code.
    init(payload: String, zone: LabelLayout.Zone) throws {
        guard !payload.isEmpty else { throw LabelRenderingError.qrCode("the tracking URL is empty") }
        guard let index = Self.byteCapacityM.firstIndex(where: { $0 >= payload.utf8.count }) else {
            throw LabelRenderingError.qrCode("the tracking URL is too long for a QR code (\(payload.utf8.count) bytes)")
        }
        self.payload = payload
        self.version = index + 1
        self.zone = zone
    }
}
