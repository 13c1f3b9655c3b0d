/// Places a label's content in the zones of ``LabelLayout`` as ZPL fields, in the same
/// arrangement, captions and relative type sizes as the PDF label.
///
/// Positions and sizes are worked out in millimetres and converted to dots once, so the
/// 203 and 300 dpi labels are the same label. Type sizes are font 0 cell heights in mm; a
/// PDF size in points becomes about `points × 0.353` mm here.
struct ZPLLabelComposer {
    typealias Zone = LabelLayout.Zone

    /// How a line sits in its column.
    enum Alignment {
        case left
        case centre
        case right
    }

    /// Line pitch as a multiple of the font height.
    static let lineSpacing = 1.15

    var format: ZPLFormat
    let content: LabelContent
    let captions: LabelCaptions
    let moduleWidths: [Int]

    /// Draws every zone of the label.
    mutating func drawAll() {
        drawSender()
        drawService()
        drawRecipient()
        drawBarcode()
        drawFooter()
    }

    // MARK: - Text

    /// Prints `text` (cleaned to one line) in the column `x`…`x + width` with its top at `y`,
    /// at `size` mm or smaller down to `minimum` mm, shortened when even that is too wide.
    /// Returns the height used in millimetres (0 when there was nothing to print).
    @discardableResult
    mutating func line(
        _ text: String?, x: Double, y: Double, width: Double, size: Double, minimum: Double? = nil,
        alignment: Alignment = .left, reversed: Bool = false
    ) -> Double {
        guard let text else { return 0 }
        let cleaned = ZPLEscaping.singleLine(text)
        guard !cleaned.isEmpty else { return 0 }
        let fitted = ZPLFontMetrics.fit(
            cleaned, maxWidth: format.dots(width), preferred: format.dots(size),
            minimum: format.dots(min(minimum ?? size, size)))
        place(
            fitted.text, x: x, y: format.dots(y), width: width, height: fitted.height, alignment: alignment,
            reversed: reversed)
        return millimetres(fitted.height)
    }

    /// Prints an already fitted line at dot row `y` with font height `height` dots.
    mutating func place(
        _ text: String, x: Double, y: Int, width: Double, height: Int, alignment: Alignment = .left,
        reversed: Bool = false
    ) {
        let maxWidth = format.dots(width)
        let textWidth = ZPLFontMetrics.width(of: text, height: height)
        var left = format.dots(x)
        switch alignment {
        case .left: break
        case .centre: left += max(0, (maxWidth - textWidth) / 2)
        case .right: left += max(0, maxWidth - textWidth)
        }
        format.text(text, x: left, y: y, height: height, reversed: reversed)
    }

    /// The estimated printed width of `text` at `size` mm, in millimetres.
    func textWidth(_ text: String, size: Double) -> Double {
        millimetres(ZPLFontMetrics.width(of: ZPLEscaping.singleLine(text), height: format.dots(size)))
    }

    func millimetres(_ dots: Int) -> Double {
        Double(dots) / Double(format.dotsPerMillimetre)
    }

    /// An outlined rectangle with a line `lineWidth` mm thick inside `zone`.
    mutating func frame(_ zone: Zone, lineWidth: Double) {
        format.box(
            x: format.dots(zone.x), y: format.dots(zone.y), width: format.dots(zone.width),
            height: format.dots(zone.height), thickness: max(2, format.dots(lineWidth)))
    }

    /// A black rectangle filling `zone`.
    mutating func fill(_ zone: Zone) {
        let width = format.dots(zone.width)
        let height = format.dots(zone.height)
        format.box(
            x: format.dots(zone.x), y: format.dots(zone.y), width: width, height: height, thickness: min(width, height))
    }

    /// The non-empty parts, each cleaned to one line, joined by `separator`.
    static func joined(_ parts: [String?], separator: String = ", ") -> String {
        parts.compactMap { $0 }
            .map(ZPLEscaping.singleLine)
            .filter { !$0.isEmpty }
            .joined(separator: separator)
    }

    // MARK: - Sender and service

    /// Sender in small type at the top.
    mutating func drawSender() {
        let sender = content.sender
        let country = CountryNames.name(of: sender.countryCode, in: content.language)
        stack(
            [
                ZPLStackedLine(text: captions.from, size: 2.2, minimum: 1.8),
                ZPLStackedLine(text: Self.joined([sender.name, sender.contactName]), size: 3, minimum: 2.2),
                ZPLStackedLine(text: Self.joined([sender.street, sender.street2]), size: 2.7, minimum: 2.1),
                ZPLStackedLine(
                    text: Self.joined([
                        Self.joined([sender.zipcode, sender.city], separator: " "), sender.region, country,
                    ]),
                    size: 2.7, minimum: 2.1),
            ], in: LabelLayout.sender)
    }

    /// The service box: service and routing code inverted on the left; carrier and service,
    /// RETURN marker, weight, parcel count and dates on the right.
    mutating func drawService() {
        let zone = LabelLayout.service
        frame(zone, lineWidth: 0.3)
        drawRouteBox()

        let left = LabelLayout.route.maxX + 1.5
        let right = zone.maxX - 1
        var titleRight = right
        if content.isReturn {
            let marker = Zone(x: right - 24, y: zone.y + 0.8, width: 24, height: 5.2)
            fill(marker)
            line(
                captions.returnMarker, x: marker.x + 0.5, y: marker.y + 0.6, width: marker.width - 1, size: 4.2,
                minimum: 2.5, alignment: .centre, reversed: true)
            titleRight = marker.x - 1
        }
        line(
            Self.joined([content.carrierName, content.serviceName], separator: " - "), x: left, y: zone.y + 1,
            width: titleRight - left, size: 3.6, minimum: 2.2)

        let columnWidth = (right - left - 1) / 2
        var cells: [(caption: String, value: String)] = [
            (
                captions.weight,
                LabelText.weight(grams: content.weightGrams, decimalSeparator: captions.decimalSeparator)
            ),
            (captions.parcel, LabelText.parcelCount(number: content.parcelNumber, of: content.parcelCount)),
            (captions.shipped, content.shippingDate),
        ]
        if let date = content.preferredDeliveryDate, !ZPLEscaping.singleLine(date).isEmpty {
            cells.append((captions.delivery, date))
        }
        for (index, cell) in cells.enumerated() {
            let x = left + Double(index % 2) * (columnWidth + 1)
            let y = zone.y + 5.8 + Double(index / 2) * 6.9
            let captionHeight = line(cell.caption, x: x, y: y, width: columnWidth, size: 2.2, minimum: 1.8)
            line(cell.value, x: x, y: y + captionHeight + 0.3, width: columnWidth, size: 3.6, minimum: 2.2)
        }
    }

    private mutating func drawRouteBox() {
        let route = LabelLayout.route
        fill(route)
        let inner = Zone(x: route.x + 1.5, y: route.y + 1.2, width: route.width - 3, height: route.height - 2.4)
        let routing = ZPLEscaping.singleLine(content.routingCode ?? "")
        if routing.isEmpty {
            let size = fittingSize(content.serviceCode, width: inner.width, from: min(9.2, inner.height), to: 3.5)
            line(
                content.serviceCode, x: inner.x, y: inner.y + (inner.height - size) / 2, width: inner.width, size: size,
                minimum: 3.5, alignment: .centre, reversed: true)
        } else {
            let codeHeight = line(
                content.serviceCode, x: inner.x, y: inner.y, width: inner.width,
                size: fittingSize(
                    content.serviceCode, width: inner.width, from: min(7.8, inner.height * 0.55), to: 3.2),
                minimum: 3.2, alignment: .centre, reversed: true)
            let space = inner.maxY - inner.y - codeHeight - 0.5
            line(
                routing, x: inner.x, y: inner.y + codeHeight + 0.5, width: inner.width,
                size: fittingSize(routing, width: inner.width, from: min(6, space), to: 2.8), minimum: 2.8,
                alignment: .centre, reversed: true)
        }
    }

    /// The largest size from `from` down to `to` mm (in 0.1 mm steps) at which `text` fits.
    func fittingSize(_ text: String, width: Double, from: Double, to: Double) -> Double {
        var size = from
        while size > to, textWidth(text, size: size) > width {
            size -= 0.1
        }
        return max(size, to)
    }
}
