extension LabelModel {
    /// Lays out `content` on the A6 label (``LabelLayout``).
    ///
    /// - Throws: ``LabelRenderingError`` when the tracking code is not printable (only `A–Z`
    ///   and `0–9`), cannot be encoded as Code 128 or does not fit the barcode zone, or the
    ///   tracking URL cannot be encoded as a QR code. Nothing is drawn for such a label, on
    ///   paper or on a thermal printer.
    init(_ content: LabelContent) throws {
        let barcode = try Self.barcode(for: content.trackingCode)
        let payload = LabelContent.qrPayload(content.trackingURL)
        let qr = try LabelQRCode(payload: payload, zone: LabelLayout.qr)
        let captions = LabelCaptions.forLanguage(content.language)

        var elements: [LabelElement] = []
        var senderZone = LabelLayout.sender
        if let logo = content.logo {
            elements.append(.logo(logo, LabelLayout.logo))
            senderZone.width = LabelLayout.logo.x - senderZone.x - 2
        }
        elements.append(.text(Self.sender(content, captions, in: senderZone)))
        elements += Self.service(content, captions)
        elements.append(.frame(LabelLayout.recipient, lineWidth: 0.6))
        elements.append(.text(Self.recipient(content, captions)))
        elements.append(.barcode(barcode))
        elements.append(.text(Self.trackingText(content.trackingCode)))
        elements.append(.qrCode(qr))
        elements.append(.text(Self.references(content, captions)))
        self.elements = elements
    }

    /// The Code 128 of `code` with the widest module width that fits the barcode zone.
    static func barcode(for code: String) throws -> LabelBarcode {
        guard LabelContent.isPrintableTrackingCode(code) else {
            throw LabelRenderingError.barcode("the tracking code may only hold A-Z and 0-9")
        }
        let modules: [Bool]
        do {
            modules = try Code128.modules(for: code)
        } catch {
            throw LabelRenderingError.barcode("\(error)")
        }
        let zone = LabelLayout.barcode
        guard let width = LabelLayout.barcodeModuleWidth(moduleCount: modules.count, fitting: zone.width) else {
            throw LabelRenderingError.barcode("the tracking code (\(code.count) characters) is too long for the label")
        }
        return LabelBarcode(
            code: code, modules: modules, moduleWidth: width,
            zone: .init(x: zone.x, y: zone.y + 0.5, width: zone.width, height: LabelLayout.barHeight),
            barHeight: LabelLayout.barHeight)
    }

    private static func sender(_ content: LabelContent, _ captions: LabelCaptions, in zone: LabelLayout.Zone)
        -> LabelTextBlock
    {
        let sender = content.sender
        let country = CountryNames.name(of: sender.countryCode, in: content.language)
        return LabelTextBlock(
            name: .sender, zone: zone,
            lines: [
                LabelTextLine(text: captions.from, size: 6, minSize: 5),
                LabelTextLine(
                    text: LabelText.join([sender.name, sender.contactName], separator: " · "), size: 8, minSize: 6,
                    weight: .bold),
                LabelTextLine(text: LabelText.join([sender.street, sender.street2]), size: 7.5, minSize: 6),
                LabelTextLine(
                    text: LabelText.join([
                        LabelText.join([sender.zipcode, sender.city], separator: " "), sender.region, country,
                    ]), size: 7.5, minSize: 6),
            ])
    }

    /// The service box: service and routing code white on black on the left; carrier and
    /// service, RETURN marker and a 2 × 2 grid of facts on the right.
    private static func service(_ content: LabelContent, _ captions: LabelCaptions) -> [LabelElement] {
        let zone = LabelLayout.service
        let route = LabelLayout.route
        var elements: [LabelElement] = [.frame(zone, lineWidth: 0.3), .fill(route)]

        let inner = LabelLayout.Zone(
            x: route.x + 1.5, y: route.y + 1.2, width: route.width - 3, height: route.height - 2.4)
        let routing = LabelText.printable(content.routingCode ?? "")
        let routeLines =
            routing.isEmpty
            ? [LabelTextLine(text: content.serviceCode, size: 26, minSize: 7, weight: .bold, alignment: .center)]
            : [
                LabelTextLine(text: content.serviceCode, size: 22, minSize: 7, weight: .bold, alignment: .center),
                LabelTextLine(
                    text: routing, size: 17, minSize: 8, weight: .bold, alignment: .center, spaceBefore: 0.5),
            ]
        elements.append(
            .text(LabelTextBlock(name: .route, zone: inner, lines: routeLines, verticalAlignment: .center, ink: .white))
        )

        let left = route.maxX + 1.5
        let right = zone.maxX - 1
        var titleRight = right
        if content.isReturn {
            let marker = LabelLayout.Zone(x: right - 24, y: zone.y + 0.8, width: 24, height: 4.8)
            elements.append(.fill(marker))
            elements.append(
                .text(
                    LabelTextBlock(
                        name: .returnMarker,
                        zone: .init(x: marker.x + 0.5, y: marker.y + 0.3, width: marker.width - 1, height: 4.2),
                        lines: [
                            LabelTextLine(
                                text: captions.returnMarker, size: 11, minSize: 7, weight: .bold, alignment: .center)
                        ], verticalAlignment: .center, ink: .white)))
            titleRight = marker.x - 1
        }
        elements.append(
            .text(
                LabelTextBlock(
                    name: .title, zone: .init(x: left, y: zone.y + 1, width: titleRight - left, height: 4.6),
                    lines: [
                        LabelTextLine(
                            text: LabelText.join([content.carrierName, content.serviceName], separator: " · "),
                            size: 10, minSize: 6, weight: .bold)
                    ])))

        let columnWidth = (right - left - 1) / 2
        var cells: [(name: LabelBlockName, caption: String, value: String)] = [
            (
                .weight, captions.weight,
                LabelText.weight(grams: content.weightGrams, decimalSeparator: captions.decimalSeparator)
            ),
            (
                .parcelCount, captions.parcel,
                LabelText.parcelCount(number: content.parcelNumber, of: content.parcelCount)
            ),
            (.shippingDate, captions.shipped, LabelText.printable(content.shippingDate)),
        ]
        if let date = content.preferredDeliveryDate, !LabelText.printable(date).isEmpty {
            cells.append((.deliveryDate, captions.delivery, LabelText.printable(date)))
        }
        for (index, cell) in cells.enumerated() {
            let x = left + Double(index % 2) * (columnWidth + 1)
            let y = zone.y + 5.6 + Double(index / 2) * 6.9
            elements.append(
                .text(
                    LabelTextBlock(
                        name: cell.name, zone: .init(x: x, y: y, width: columnWidth, height: 6.8),
                        lines: [
                            LabelTextLine(text: cell.caption, size: 6, minSize: 5),
                            LabelTextLine(text: cell.value, size: 10, minSize: 6, weight: .bold),
                        ])))
        }
        return elements
    }

    /// The recipient in the largest type on the label. When a pickup point is given the parcel
    /// goes there, so the point's address is the destination and the recipient's name follows.
    private static func recipient(_ content: LabelContent, _ captions: LabelCaptions) -> LabelTextBlock {
        let zone = LabelLayout.recipient
        let inner = LabelLayout.Zone(
            x: zone.x + 2.2, y: zone.y + 1.4, width: zone.width - 4.4, height: zone.height - 2.8)
        let recipient = content.recipient
        let lines: [LabelTextLine]
        if let point = content.pickupPoint {
            // A point without a country lies in the recipient's country.
            let country = CountryNames.name(of: point.countryCode ?? recipient.countryCode, in: content.language)
            let addressee = LabelText.join([recipient.name, recipient.contactName], separator: " · ")
            lines = [
                LabelTextLine(
                    text: LabelText.join(["\(captions.pickupPoint.uppercased()) \(point.id)"]), size: 9, minSize: 6,
                    weight: .bold),
                LabelTextLine(
                    text: LabelText.printable(point.name ?? point.id), size: 16, minSize: 8, weight: .bold,
                    overflow: .wrap(maxLines: 2), spaceBefore: 0.6),
                LabelTextLine(
                    text: LabelText.printable(point.street ?? ""), size: 13, minSize: 7, overflow: .wrap(maxLines: 2)),
                LabelTextLine(
                    text: LabelText.join([point.zipcode, point.city], separator: "  "), size: 16, minSize: 8,
                    weight: .bold),
                LabelTextLine(text: country, size: 12, minSize: 7, weight: .bold),
                LabelTextLine(
                    text: addressee.isEmpty ? "" : "\(captions.forRecipient): \(addressee)", size: 11, minSize: 6,
                    weight: .bold, spaceBefore: 1.5),
            ]
        } else {
            lines = [
                LabelTextLine(text: captions.to, size: 7, minSize: 5),
                LabelTextLine(
                    text: LabelText.printable(recipient.name), size: 16, minSize: 8, weight: .bold,
                    overflow: .wrap(maxLines: 3)),
                LabelTextLine(text: LabelText.printable(recipient.contactName ?? ""), size: 11, minSize: 7),
                LabelTextLine(
                    text: LabelText.printable(recipient.street), size: 13, minSize: 7, overflow: .wrap(maxLines: 2),
                    spaceBefore: 0.4),
                LabelTextLine(text: LabelText.printable(recipient.street2 ?? ""), size: 11, minSize: 7),
                LabelTextLine(
                    text: LabelText.join([recipient.zipcode, recipient.city], separator: "  "), size: 16, minSize: 8,
                    weight: .bold),
                LabelTextLine(text: LabelText.printable(recipient.region ?? ""), size: 11, minSize: 7),
                LabelTextLine(
                    text: CountryNames.name(of: recipient.countryCode, in: content.language), size: 12, minSize: 7,
                    weight: .bold),
            ]
        }
        return LabelTextBlock(name: .recipient, zone: inner, lines: lines)
    }

    private static func trackingText(_ code: String) -> LabelTextBlock {
        let zone = LabelLayout.barcode
        let top = zone.y + 0.5 + LabelLayout.barHeight + 1
        return LabelTextBlock(
            name: .trackingText, zone: .init(x: zone.x, y: top, width: zone.width, height: zone.maxY - top),
            lines: [
                LabelTextLine(
                    text: Code128.humanReadableText(for: code), size: 12, minSize: 7, weight: .bold, alignment: .center)
            ])
    }

    private static func references(_ content: LabelContent, _ captions: LabelCaptions) -> LabelTextBlock {
        var lines: [LabelTextLine] = []
        if let reference = content.reference {
            lines.append(
                LabelTextLine(
                    text: LabelText.join(["\(captions.reference): \(reference)"]), size: 9, minSize: 6, weight: .bold,
                    spaceBefore: 1))
        }
        if let insured = content.insuredValue {
            lines.append(
                LabelTextLine(
                    text: LabelText.join(["\(captions.insured): \(insured)"]), size: 8.5, minSize: 6, spaceBefore: 0.8))
        }
        if let instructions = content.instructions {
            lines.append(
                LabelTextLine(
                    text: LabelText.join(["\(captions.instructions): \(instructions)"]), size: 8, minSize: 6,
                    overflow: .wrap(maxLines: 4), spaceBefore: 0.8))
        }
        return LabelTextBlock(name: .references, zone: LabelLayout.references, lines: lines)
    }
}
