import CPangoCairo

/// The A4 page of the customs documents, in millimetres from the top-left corner.
enum CustomsPage {
    /// A4 width.
    static let width = 210.0
    /// A4 height.
    static let height = 297.0
    /// Free margin left, right and at the top; office printers cannot print the outer 5 mm.
    static let margin = 10.0
    /// Width between the margins.
    static let contentWidth = width - 2 * margin
    /// Right edge of the content.
    static let right = width - margin
    /// Lowest point the body of a page (tables, totals) may reach.
    static let bodyBottom = 282.0
    /// Top of the footer line that numbers the pages.
    static let footerTop = 284.0

    /// Body text size of table cells and address blocks, in points.
    static let cellSize = 7.5
    /// Smallest size a cell may shrink to before it is ellipsized.
    static let cellMinSize = 6.0
    /// Size of the captions of boxes and columns.
    static let captionSize = 6.5
}

extension PDFCanvas {
    /// Strokes a dashed outline exactly on `rect` (the line is centred on the edge): the cut line
    /// around the label on the A4 sheet.
    func strokeDashedRectangle(_ rect: LabelLayout.Zone, lineWidth: Double, dash: Double, gap: Double) {
        cairo_save(cairo)
        var pattern = [pt(dash), pt(gap)]
        cairo_set_dash(cairo, &pattern, 2, 0)
        addRectangle(rect)
        setInk(.black)
        cairo_set_line_width(cairo, pt(lineWidth))
        cairo_stroke(cairo)
        cairo_restore(cairo)
    }

    /// Short crop marks just outside the corners of `rect`, `length` mm long and `gap` mm away
    /// from it, so the cut stays straight even where the dashes are faint.
    func cropMarks(around rect: LabelLayout.Zone, length: Double, gap: Double, lineWidth: Double) {
        for x in [rect.x, rect.maxX] {
            for y in [rect.y, rect.maxY] {
                let outX = x == rect.x ? -1.0 : 1.0
                let outY = y == rect.y ? -1.0 : 1.0
                drawLine(from: (x + outX * gap, y), to: (x + outX * (gap + length), y), width: lineWidth)
                drawLine(from: (x, y + outY * gap), to: (x, y + outY * (gap + length)), width: lineWidth)
            }
        }
    }

    /// Draws a caption, the English in bold and the French sub-caption after it in regular
    /// type ("From / De"), on one line inside `zone`. Returns the height used.
    @discardableResult
    func caption(_ caption: CustomsCaption, in zone: LabelLayout.Zone, size: Double = CustomsPage.captionSize)
        -> Double
    {
        let height = text(caption.english, in: zone, size: size, weight: .bold, minSize: 5)
        guard let french = caption.french else { return height }
        let englishWidth = textWidth(caption.english, size: size, weight: .bold)
        let left = zone.x + englishWidth + 1
        guard zone.maxX - left > 6 else { return height }
        text(
            "/ \(french)", in: .init(x: left, y: zone.y, width: zone.maxX - left, height: zone.height), size: size,
            minSize: 5)
        return height
    }

    /// A tick box of `side` mm at (`x`, `y`), with a bold "X" in it when `ticked`.
    func tickBox(x: Double, y: Double, side: Double, ticked: Bool) {
        strokeRectangle(.init(x: x, y: y, width: side, height: side), lineWidth: 0.25)
        guard ticked else { return }
        let size = side * PDFCanvas.pointsPerMillimetre * 0.8
        let height = lineHeight(size: size, weight: .bold)
        text(
            "X", in: .init(x: x, y: y + (side - height) / 2, width: side, height: height + 0.2), size: size,
            weight: .bold, minSize: size / 2, alignment: .center)
    }

    /// A caption above a value, the customs forms' way of filling a box. Returns the bottom.
    @discardableResult
    func captionedValue(
        _ caption: CustomsCaption, _ value: String, in zone: LabelLayout.Zone, valueSize: Double = 8.5,
        weight: FontWeight = .bold
    ) -> Double {
        let captionHeight = self.caption(caption, in: .init(x: zone.x, y: zone.y, width: zone.width, height: 2.8))
        let top = zone.y + captionHeight + 0.3
        guard zone.maxY - top > 1 else { return zone.maxY }
        let used = text(
            value, in: .init(x: zone.x, y: top, width: zone.width, height: zone.maxY - top), size: valueSize,
            weight: weight, minSize: 6)
        return top + used
    }

    /// The footer line of a customs page: what the document is on the left, copy and page
    /// numbers on the right.
    func customsFooter(left: String, right: String) {
        drawLine(
            from: (CustomsPage.margin, CustomsPage.footerTop), to: (CustomsPage.right, CustomsPage.footerTop),
            width: 0.2)
        let top = CustomsPage.footerTop + 1
        let rightWidth = 60.0
        text(
            right, in: .init(x: CustomsPage.right - rightWidth, y: top, width: rightWidth, height: 3.5), size: 7.5,
            weight: .bold, minSize: 6, alignment: .trailing)
        text(
            left,
            in: .init(x: CustomsPage.margin, y: top, width: CustomsPage.contentWidth - rightWidth - 2, height: 3.5),
            size: 7, minSize: 5.5)
    }

    /// An address block: name, contact, street lines, postcode and city, region and country
    /// (in English, as customs read it), stacked and shrunk to fit `zone`.
    @discardableResult
    func customsAddress(_ address: LabelContent.Address, in zone: LabelLayout.Zone) -> Double {
        let lines = [
            LabelTextLine(
                text: LabelText.printable(address.name), size: 9.5, minSize: 6.5, weight: .bold,
                overflow: .wrap(maxLines: 2)),
            LabelTextLine(text: LabelText.printable(address.contactName ?? ""), size: 8.5, minSize: 6),
            LabelTextLine(
                text: LabelText.printable(address.street), size: 8.5, minSize: 6, overflow: .wrap(maxLines: 2)),
            LabelTextLine(text: LabelText.printable(address.street2 ?? ""), size: 8.5, minSize: 6),
            LabelTextLine(
                text: LabelText.join([address.zipcode, address.city], separator: " "), size: 8.5, minSize: 6,
                weight: .bold),
            LabelTextLine(text: LabelText.printable(address.region ?? ""), size: 8.5, minSize: 6),
            LabelTextLine(
                text: CountryNames.name(of: address.countryCode, in: .english), size: 8.5, minSize: 6,
                weight: .bold),
        ]
        return draw(LabelTextBlock(name: .customsAddress, zone: zone, lines: lines))
    }
}
