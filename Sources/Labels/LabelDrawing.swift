/// Draws the whole A6 label (``LabelLayout``) into `canvas` with its top-left corner at
/// `origin` (millimetres on the canvas page).
///
/// The PDF label uses it on an A6 page at (0, 0); the customs document places the same label
/// on its A4 first page. Symbols are encoded before anything is drawn, so a label that cannot
/// be printed leaves the canvas untouched.
///
/// - Throws: ``LabelRenderingError`` when the tracking code cannot be encoded as Code 128 or
///   does not fit the barcode zone, or the tracking URL cannot be encoded as a QR code.
func drawLabel(_ content: LabelContent, on canvas: PDFCanvas, origin: (x: Double, y: Double)) throws {
    let barModules: [Bool]
    do {
        barModules = try Code128.modules(for: content.trackingCode)
    } catch {
        throw LabelRenderingError.barcode("\(error)")
    }
    guard PDFCanvas.barcodeModuleWidth(moduleCount: barModules.count, fitting: LabelLayout.barcode.width) != nil
    else {
        throw LabelRenderingError.barcode(
            "the tracking code (\(content.trackingCode.count) characters) is too long for the label")
    }
    let qr = try QRMatrix(content.trackingURL)
    let captions = LabelCaptions.forLanguage(content.language)

    try canvas.withOrigin(x: origin.x, y: origin.y) {
        LabelSections.sender(content, captions, on: canvas)
        LabelSections.service(content, captions, on: canvas)
        LabelSections.recipient(content, captions, on: canvas)
        try LabelSections.barcode(content, modules: barModules, on: canvas)
        LabelSections.footer(content, captions, qr: qr, on: canvas)
    }
}

/// The zones of the label, one function each.
private enum LabelSections {
    typealias Zone = LabelLayout.Zone

    static func sender(_ content: LabelContent, _ captions: LabelCaptions, on canvas: PDFCanvas) {
        let sender = content.sender
        let country = CountryNames.name(of: sender.countryCode, in: content.language)
        TextStack.draw(
            [
                StackedLine(text: captions.from, size: 6, minSize: 5),
                StackedLine(
                    text: LabelText.join([sender.name, sender.contactName], separator: " · "), size: 8, minSize: 6,
                    weight: .bold),
                StackedLine(text: LabelText.join([sender.street, sender.street2]), size: 7.5, minSize: 6),
                StackedLine(
                    text: LabelText.join([
                        LabelText.join([sender.zipcode, sender.city], separator: " "), sender.region, country,
                    ]), size: 7.5, minSize: 6),
            ], in: LabelLayout.sender, on: canvas)
    }

    static func service(_ content: LabelContent, _ captions: LabelCaptions, on canvas: PDFCanvas) {
        let zone = LabelLayout.service
        canvas.strokeRectangle(zone, lineWidth: 0.3)

        // Route box: inverted, service code large, routing code below when there is one.
        let route = LabelLayout.route
        canvas.fillRectangle(route)
        let inner = Zone(x: route.x + 1.5, y: route.y + 1.2, width: route.width - 3, height: route.height - 2.4)
        if let routing = content.routingCode, !PDFCanvas.printable(routing).isEmpty {
            let codeHeight = canvas.text(
                content.serviceCode, in: Zone(x: inner.x, y: inner.y, width: inner.width, height: inner.height * 0.55),
                size: 22, weight: .bold, minSize: 7, alignment: .center, ink: .white)
            canvas.text(
                routing,
                in: Zone(
                    x: inner.x, y: inner.y + codeHeight + 0.5, width: inner.width,
                    height: inner.maxY - inner.y - codeHeight - 0.5),
                size: 17, weight: .bold, minSize: 8, alignment: .center, ink: .white)
        } else {
            let height = canvas.textHeight(
                content.serviceCode, width: inner.width, maxHeight: inner.height, size: 26, weight: .bold, minSize: 7)
            canvas.text(
                content.serviceCode,
                in: Zone(x: inner.x, y: inner.y + (inner.height - height) / 2, width: inner.width, height: height),
                size: 26, weight: .bold, minSize: 7, alignment: .center, ink: .white)
        }

        // Right part: carrier and service, RETURN marker, then a 2 × 2 grid of facts.
        let left = route.maxX + 1.5
        let right = zone.maxX - 1
        var titleRight = right
        if content.isReturn {
            let marker = Zone(x: right - 24, y: zone.y + 0.8, width: 24, height: 4.6)
            canvas.fillRectangle(marker)
            canvas.text(
                captions.returnMarker,
                in: Zone(x: marker.x + 0.5, y: marker.y + 0.4, width: marker.width - 1, height: marker.height - 0.6),
                size: 11, weight: .bold, minSize: 7, alignment: .center, ink: .white)
            titleRight = marker.x - 1
        }
        canvas.text(
            LabelText.join([content.carrierName, content.serviceName], separator: " · "),
            in: Zone(x: left, y: zone.y + 1, width: titleRight - left, height: 4.6), size: 10, weight: .bold, minSize: 6
        )

        let columnWidth = (right - left - 1) / 2
        var cells: [(caption: String, value: String)] = [
            (
                captions.weight,
                LabelText.weight(grams: content.weightGrams, decimalSeparator: captions.decimalSeparator)
            ),
            (captions.parcel, LabelText.parcelCount(number: content.parcelNumber, of: content.parcelCount)),
            (captions.shipped, content.shippingDate),
        ]
        if let date = content.preferredDeliveryDate, !PDFCanvas.printable(date).isEmpty {
            cells.append((captions.delivery, date))
        }
        for (index, cell) in cells.enumerated() {
            let x = left + Double(index % 2) * (columnWidth + 1)
            let y = zone.y + 5.6 + Double(index / 2) * 6.9
            let captionHeight = canvas.text(
                cell.caption, in: Zone(x: x, y: y, width: columnWidth, height: 2.6), size: 6, minSize: 5)
            canvas.text(
                cell.value, in: Zone(x: x, y: y + captionHeight, width: columnWidth, height: 4.2), size: 10,
                weight: .bold,
                minSize: 6)
        }
    }

    static func recipient(_ content: LabelContent, _ captions: LabelCaptions, on canvas: PDFCanvas) {
        let zone = LabelLayout.recipient
        canvas.strokeRectangle(zone, lineWidth: 0.6)
        let inner = Zone(x: zone.x + 2.2, y: zone.y + 1.4, width: zone.width - 4.4, height: zone.height - 2.8)
        let recipient = content.recipient
        let lines: [StackedLine]
        if let point = content.pickupPoint {
            let country = point.countryCode.map { CountryNames.name(of: $0, in: content.language) }
            lines = [
                StackedLine(
                    text: "\(captions.pickupPoint.uppercased()) \(point.id)", size: 9, minSize: 6, weight: .bold),
                StackedLine(
                    text: point.name ?? point.id, size: 16, minSize: 8, weight: .bold, overflow: .wrap(maxLines: 2),
                    spaceBefore: 0.6),
                StackedLine(text: point.street ?? "", size: 13, minSize: 7, overflow: .wrap(maxLines: 2)),
                StackedLine(
                    text: LabelText.join([point.zipcode, point.city], separator: "  "), size: 16, minSize: 8,
                    weight: .bold),
                StackedLine(text: country ?? "", size: 12, minSize: 7, weight: .bold),
                StackedLine(
                    text:
                        "\(captions.forRecipient): \(LabelText.join([recipient.name, recipient.contactName], separator: " · "))",
                    size: 11, minSize: 6, weight: .bold, spaceBefore: 1.5),
            ]
        } else {
            lines = [
                StackedLine(text: captions.to, size: 7, minSize: 5),
                StackedLine(text: recipient.name, size: 16, minSize: 8, weight: .bold, overflow: .wrap(maxLines: 3)),
                StackedLine(text: recipient.contactName ?? "", size: 11, minSize: 7),
                StackedLine(
                    text: recipient.street, size: 13, minSize: 7, overflow: .wrap(maxLines: 2), spaceBefore: 0.4),
                StackedLine(text: recipient.street2 ?? "", size: 11, minSize: 7),
                StackedLine(
                    text: LabelText.join([recipient.zipcode, recipient.city], separator: "  "), size: 16, minSize: 8,
                    weight: .bold),
                StackedLine(text: recipient.region ?? "", size: 11, minSize: 7),
                StackedLine(
                    text: CountryNames.name(of: recipient.countryCode, in: content.language), size: 12, minSize: 7,
                    weight: .bold),
            ]
        }
        TextStack.draw(lines, in: inner, on: canvas)
    }

    static func barcode(_ content: LabelContent, modules: [Bool], on canvas: PDFCanvas) throws {
        let zone = LabelLayout.barcode
        let barsZone = Zone(x: zone.x, y: zone.y + 0.5, width: zone.width, height: LabelLayout.barHeight)
        try canvas.drawBarcode(modules, in: barsZone, barHeight: LabelLayout.barHeight)
        let textTop = barsZone.maxY + 1
        canvas.text(
            Code128.humanReadableText(for: content.trackingCode),
            in: Zone(x: zone.x, y: textTop, width: zone.width, height: zone.maxY - textTop), size: 12, weight: .bold,
            minSize: 7, alignment: .center)
    }

    static func footer(_ content: LabelContent, _ captions: LabelCaptions, qr: QRMatrix, on canvas: PDFCanvas) {
        canvas.drawQR(qr, in: LabelLayout.qr)
        var lines: [StackedLine] = []
        if let reference = content.reference {
            lines.append(
                StackedLine(
                    text: "\(captions.reference): \(reference)", size: 9, minSize: 6, weight: .bold, spaceBefore: 1))
        }
        if let insured = content.insuredValue {
            lines.append(StackedLine(text: "\(captions.insured): \(insured)", size: 8.5, minSize: 6, spaceBefore: 0.8))
        }
        if let instructions = content.instructions {
            lines.append(
                StackedLine(
                    text: "\(captions.instructions): \(instructions)", size: 8, minSize: 6,
                    overflow: .wrap(maxLines: 4),
                    spaceBefore: 0.8))
        }
        TextStack.draw(lines, in: LabelLayout.references, on: canvas)
    }
}
