/// One page of the CN 23 customs declaration (UPU form, English with French sub-captions).
///
/// The first page of a copy carries the whole form head: sender and addressee, the tracking
/// code as item reference with its Code 128 barcode, the invoice number and the category of
/// item. Later pages repeat a short head and the table's column header. The last page closes
/// with the totals, gross weight, postal charges, the sender's certification and the date and
/// signature line.
struct CustomsDeclarationPage {
    typealias Zone = LabelLayout.Zone

    /// Top of the goods table on the first page of a copy.
    static let firstTableTop = 101.0
    /// Top of the goods table on later pages.
    static let laterTableTop = 25.0
    /// Height of the two-line (English/French) column header.
    static let tableHeaderHeight = 8.0
    /// Height of the closing block: totals row, totals boxes, certification, signature.
    static let closingHeight = 46.0

    /// How the goods rows are split over the pages of one copy.
    static let pagination = CustomsTablePagination(
        firstTop: firstTableTop + tableHeaderHeight, laterTop: laterTableTop + tableHeaderHeight,
        bottom: CustomsPage.bodyBottom, rowHeight: CustomsTableDrawing.rowHeight, closingHeight: closingHeight)

    /// The columns of the goods table (boxes 1–6 of the form), 190 mm across.
    static func columns(currency: String) -> [CustomsTableColumn] {
        .laidOut(
            from: CustomsPage.margin,
            [
                (CN23Captions.number, 8, .center),
                (CN23Captions.description, 72, .leading),
                (CN23Captions.quantity, 15, .trailing),
                (CN23Captions.netWeight, 20, .trailing),
                (CN23Captions.value(currency: currency), 22, .trailing),
                (CN23Captions.hsCode, 30, .center),
                (CN23Captions.origin, 23, .center),
            ])
    }

    /// What the parcel's label says (sender, addressee, tracking code, gross weight).
    let label: LabelContent
    /// The goods and the declaration's settings.
    let customs: CustomsContent
    /// Totals of the goods.
    let amounts: CustomsAmounts
    /// Code 128 modules of the tracking code.
    let barcode: [Bool]

    /// Draws page `page` (1-based) of `pageCount` of copy `copy` of `copies`, holding the goods
    /// rows `rows`; the last page also gets the closing block.
    func draw(page: Int, of pageCount: Int, rows: Range<Int>, copy: Int, of copies: Int, on canvas: PDFCanvas) {
        let columns = Self.columns(currency: customs.currency)
        let tableTop: Double
        if page == 1 {
            formHead(on: canvas)
            tableTop = Self.firstTableTop
        } else {
            continuationHead(on: canvas)
            tableTop = Self.laterTableTop
        }
        let rowsTop = CustomsTableDrawing.header(
            columns, top: tableTop, height: Self.tableHeaderHeight, on: canvas)
        let cells = rows.map { index in
            let item = customs.items[index]
            return [
                "\(index + 1)", item.description, "\(item.quantity)",
                CustomsAmounts.kilograms(grams: CustomsAmounts.lineNetWeightGrams(item)),
                CustomsAmounts.money(cents: CustomsAmounts.lineValueCents(item)), item.hsCode, item.originCountry,
            ]
        }
        let bottom = CustomsTableDrawing.rows(cells, columns: columns, top: rowsTop, on: canvas)
        if page == pageCount {
            closing(columns: columns, top: bottom, on: canvas)
        }
        canvas.customsFooter(
            left: "\(CN23Captions.formName) \(CN23Captions.title.english.lowercased()) · \(label.trackingCode)",
            right:
                "\(CustomsDocumentCaptions.copy(copy, of: copies)) · \(CustomsDocumentCaptions.page(page, of: pageCount))"
        )
    }

    // MARK: Head

    private func formHead(on canvas: PDFCanvas) {
        let left = CustomsPage.margin
        let right = CustomsPage.right
        canvas.text(
            label.carrierName, in: Zone(x: left, y: 9.5, width: 120, height: 4), size: 8, weight: .bold, minSize: 6)
        canvas.text(
            CN23Captions.title.english, in: Zone(x: left, y: 13.5, width: 120, height: 6.5), size: 14, weight: .bold,
            minSize: 10)
        canvas.text(
            CN23Captions.title.french ?? "", in: Zone(x: left, y: 20, width: 120, height: 4), size: 8, minSize: 6)
        canvas.text(
            CN23Captions.formName, in: Zone(x: right - 60, y: 9, width: 60, height: 11), size: 26, weight: .bold,
            minSize: 16, alignment: .trailing)
        canvas.text(
            "\(CN23Captions.openedOfficially.english) / \(CN23Captions.openedOfficially.french ?? "")",
            in: Zone(x: right - 90, y: 20.5, width: 90, height: 3.5), size: 7, minSize: 5.5, alignment: .trailing)
        canvas.drawLine(from: (left, 25.5), to: (right, 25.5), width: 0.5)

        let half = CustomsPage.contentWidth / 2
        let senderBox = Zone(x: left, y: 27, width: half, height: 36)
        let referenceBox = Zone(x: left + half, y: 27, width: half, height: 36)
        let addresseeBox = Zone(x: left, y: 63, width: half, height: 36)
        let categoryBox = Zone(x: left + half, y: 63, width: half, height: 36)
        for box in [senderBox, referenceBox, addresseeBox, categoryBox] {
            canvas.strokeRectangle(box, lineWidth: 0.3)
        }

        // Sender, with the sender's customs reference (VAT / EORI) at the bottom of the box.
        canvas.caption(CN23Captions.sender, in: inset(senderBox, top: 1, height: 3))
        canvas.customsAddress(
            label.sender, in: Zone(x: senderBox.x + 2, y: senderBox.y + 4.5, width: half - 4, height: 22))
        canvas.captionedValue(
            CN23Captions.senderReference, customs.senderTaxID ?? "",
            in: Zone(x: senderBox.x + 2, y: senderBox.maxY - 8, width: half - 4, height: 7.5))

        // Item reference: the tracking code in Code 128 and as text, then the invoice number.
        canvas.caption(CN23Captions.itemReference, in: inset(referenceBox, top: 1, height: 3))
        let barsZone = Zone(x: referenceBox.x + 1, y: referenceBox.y + 4.5, width: half - 2, height: 12)
        // A code too long for this half-width box (but short enough for the label, which the
        // warehouse scans) is printed as text only; the form stays valid without the bars.
        if let moduleWidth = LabelLayout.barcodeModuleWidth(moduleCount: barcode.count, fitting: barsZone.width) {
            canvas.drawBarcode(barcode, moduleWidth: moduleWidth, in: barsZone, barHeight: barsZone.height)
        }
        canvas.text(
            label.trackingCode, in: Zone(x: referenceBox.x + 2, y: barsZone.maxY + 0.8, width: half - 4, height: 4.8),
            size: 11, weight: .bold, minSize: 7, alignment: .center)
        canvas.captionedValue(
            CN23Captions.invoiceNumber, customs.invoiceNumber,
            in: Zone(x: referenceBox.x + 2, y: referenceBox.maxY - 8, width: half - 4, height: 7.5))

        // Addressee.
        canvas.caption(CN23Captions.addressee, in: inset(addresseeBox, top: 1, height: 3))
        canvas.customsAddress(
            label.recipient, in: Zone(x: addresseeBox.x + 2, y: addresseeBox.y + 4.5, width: half - 4, height: 22))
        canvas.captionedValue(
            CN23Captions.importerReference, customs.importerReference ?? "",
            in: Zone(x: addresseeBox.x + 2, y: addresseeBox.maxY - 8, width: half - 4, height: 7.5))

        // Category of item: two columns of three tick boxes, then the explanation.
        canvas.caption(CN23Captions.category, in: inset(categoryBox, top: 1, height: 3))
        let columnWidth = (half - 4) / 2
        for (index, category) in CN23Captions.categoryOrder.enumerated() {
            let x = categoryBox.x + 2 + Double(index % 2) * columnWidth
            let y = categoryBox.y + 5.5 + Double(index / 2) * 5.5
            canvas.tickBox(x: x, y: y, side: 3.4, ticked: category == customs.category)
            let caption = CN23Captions.category(category)
            let textWidth = columnWidth - 5.2
            let englishHeight = canvas.text(
                caption.english, in: Zone(x: x + 4.6, y: y - 0.2, width: textWidth, height: 3.2), size: 7.5,
                minSize: 6)
            canvas.text(
                caption.french ?? "", in: Zone(x: x + 4.6, y: y - 0.2 + englishHeight, width: textWidth, height: 2.4),
                size: 5.5, minSize: 5)
        }
        let explanation = customs.category == .other ? customs.categoryExplanation ?? "" : ""
        canvas.captionedValue(
            CN23Captions.explanation, explanation,
            in: Zone(x: categoryBox.x + 2, y: categoryBox.y + 23.5, width: half - 4, height: 11.5), valueSize: 8,
            weight: .regular)
    }

    private func continuationHead(on canvas: PDFCanvas) {
        let left = CustomsPage.margin
        let right = CustomsPage.right
        canvas.text(
            CN23Captions.formName, in: Zone(x: left, y: 9.5, width: 30, height: 8), size: 18, weight: .bold, minSize: 12
        )
        canvas.text(
            "\(CN23Captions.title.english) — \(CN23Captions.continued.english) / "
                + "\(CN23Captions.title.french ?? "") — \(CN23Captions.continued.french ?? "")",
            in: Zone(x: left + 30, y: 11.5, width: 95, height: 4), size: 8, weight: .bold, minSize: 6)
        canvas.text(
            label.trackingCode, in: Zone(x: right - 65, y: 10, width: 65, height: 5), size: 11, weight: .bold,
            minSize: 7,
            alignment: .trailing)
        canvas.text(
            "\(CN23Captions.invoiceNumber.english) \(customs.invoiceNumber)",
            in: Zone(x: right - 65, y: 16, width: 65, height: 3.5), size: 7.5, minSize: 6, alignment: .trailing)
        canvas.drawLine(from: (left, 21.5), to: (right, 21.5), width: 0.5)
    }

    // MARK: Closing block

    /// Totals row, the totals boxes, the certification and the date and signature line; at
    /// most ``closingHeight`` mm from `top`.
    private func closing(columns: [CustomsTableColumn], top: Double, on canvas: PDFCanvas) {
        let currency = customs.currency
        let totalsBottom = CustomsTableDrawing.rows(
            [
                [
                    "", "\(CN23Captions.totals.english) / \(CN23Captions.totals.french ?? "")",
                    "\(amounts.totalQuantity)",
                    CustomsAmounts.kilograms(grams: amounts.totalNetWeightGrams),
                    CustomsAmounts.money(cents: amounts.totalValueCents), "", "",
                ]
            ], columns: columns, top: top, weight: .bold, on: canvas)

        // Boxes: total gross weight, total value, postal charges.
        let boxTop = totalsBottom + 1.5
        let boxWidth = CustomsPage.contentWidth / 3
        let boxes: [(CustomsCaption, String)] = [
            (CN23Captions.totalGrossWeight, CustomsAmounts.kilograms(grams: label.weightGrams)),
            (CN23Captions.totalValue, "\(CustomsAmounts.money(cents: amounts.totalValueCents)) \(currency)"),
            (CN23Captions.postage, customs.postage.map { "\(CustomsAmounts.money($0)) \(currency)" } ?? ""),
        ]
        for (index, box) in boxes.enumerated() {
            let zone = Zone(x: CustomsPage.margin + Double(index) * boxWidth, y: boxTop, width: boxWidth, height: 11.5)
            canvas.strokeRectangle(zone, lineWidth: 0.3)
            canvas.captionedValue(
                box.0, box.1, in: Zone(x: zone.x + 2, y: zone.y + 1, width: zone.width - 4, height: zone.height - 1.5),
                valueSize: 10)
        }

        // Certification, English then French.
        var y = boxTop + 11.5 + 1.5
        let width = CustomsPage.contentWidth
        y += canvas.text(
            CN23Captions.declaration.english, in: Zone(x: CustomsPage.margin, y: y, width: width, height: 6.2), size: 7,
            minSize: 5.5, overflow: .wrap(maxLines: 2))
        y += 0.3
        canvas.text(
            CN23Captions.declaration.french ?? "", in: Zone(x: CustomsPage.margin, y: y, width: width, height: 5.6),
            size: 6.5, minSize: 5, overflow: .wrap(maxLines: 2))
        y = boxTop + 11.5 + 1.5 + 12.5

        // Date and sender's signature.
        let signature = Zone(x: CustomsPage.margin, y: y, width: width, height: 12.5)
        canvas.strokeRectangle(signature, lineWidth: 0.3)
        canvas.caption(CN23Captions.dateAndSignature, in: inset(signature, top: 1, height: 3))
        canvas.text(
            customs.invoiceDate, in: Zone(x: signature.x + 2, y: signature.y + 6, width: 30, height: 4.5), size: 10,
            weight: .bold, minSize: 7)
        canvas.text(
            label.sender.name, in: Zone(x: signature.x + 34, y: signature.y + 6.8, width: 50, height: 3.5), size: 7.5,
            minSize: 5.5)
        canvas.drawLine(
            from: (signature.x + 88, signature.y + 10), to: (signature.maxX - 3, signature.y + 10), width: 0.2)
    }

    private func inset(_ box: Zone, top: Double, height: Double) -> Zone {
        Zone(x: box.x + 2, y: box.y + top, width: box.width - 4, height: height)
    }
}
