/// One page of the commercial invoice that travels with a parcel leaving the EU customs union.
///
/// The first page of a copy names seller (the account's sender, with VAT/EORI) and buyer (the
/// recipient), the invoice number, date and currency, and the shipment facts customs ask for
/// (tracking code, reason for export, incoterm, packages, gross weight). Later pages repeat a
/// short head and the column header. The last page closes with the totals, the declaration
/// and the signature line.
struct CustomsInvoicePage {
    typealias Zone = LabelLayout.Zone

    /// Top of the goods table on the first page of a copy.
    static let firstTableTop = 85.0
    /// Top of the goods table on later pages.
    static let laterTableTop = 25.0
    /// Height of the column header (English captions, one or two lines).
    static let tableHeaderHeight = 6.5
    /// Height of the closing block: totals row, value summary, declaration, signature.
    static let closingHeight = 40.0

    /// How the invoice lines are split over the pages of one copy.
    static let pagination = CustomsTablePagination(
        firstTop: firstTableTop + tableHeaderHeight, laterTop: laterTableTop + tableHeaderHeight,
        bottom: CustomsPage.bodyBottom, rowHeight: CustomsTableDrawing.rowHeight, closingHeight: closingHeight)

    /// The columns of the invoice lines, 190 mm across.
    static func columns(currency: String) -> [CustomsTableColumn] {
        .laidOut(
            from: CustomsPage.margin,
            [
                (InvoiceCaptions.number, 8, .center),
                (InvoiceCaptions.description, 66, .leading),
                (InvoiceCaptions.hsCode, 22, .center),
                (InvoiceCaptions.origin, 14, .center),
                (InvoiceCaptions.quantity, 12, .trailing),
                (InvoiceCaptions.netWeight, 18, .trailing),
                (CustomsCaption("\(InvoiceCaptions.unitValue.english) (\(currency))"), 24, .trailing),
                (CustomsCaption("\(InvoiceCaptions.lineTotal.english) (\(currency))"), 26, .trailing),
            ])
    }

    /// What the parcel's label says (seller, buyer, tracking code, weights, packages).
    let label: LabelContent
    /// The goods and the invoice's settings.
    let customs: CustomsContent
    /// Totals of the goods.
    let amounts: CustomsAmounts

    /// Draws page `page` (1-based) of `pageCount` of copy `copy` of `copies`, holding the
    /// invoice lines `rows`; the last page also gets the closing block.
    func draw(page: Int, of pageCount: Int, rows: Range<Int>, copy: Int, of copies: Int, on canvas: PDFCanvas) {
        let columns = Self.columns(currency: customs.currency)
        let tableTop: Double
        if page == 1 {
            head(on: canvas)
            tableTop = Self.firstTableTop
        } else {
            continuationHead(on: canvas)
            tableTop = Self.laterTableTop
        }
        let rowsTop = CustomsTableDrawing.header(columns, top: tableTop, height: Self.tableHeaderHeight, on: canvas)
        let cells = rows.map { index in
            let item = customs.items[index]
            return [
                "\(index + 1)", item.description, item.hsCode, item.originCountry, "\(item.quantity)",
                CustomsAmounts.kilograms(grams: CustomsAmounts.lineNetWeightGrams(item)),
                CustomsAmounts.money(cents: CustomsAmounts.unitValueCents(item)),
                CustomsAmounts.money(cents: CustomsAmounts.lineValueCents(item)),
            ]
        }
        let bottom = CustomsTableDrawing.rows(cells, columns: columns, top: rowsTop, on: canvas)
        if page == pageCount {
            closing(columns: columns, top: bottom, on: canvas)
        }
        canvas.customsFooter(
            left: "Commercial invoice \(customs.invoiceNumber) · \(label.trackingCode)",
            right:
                "\(CustomsDocumentCaptions.copy(copy, of: copies)) · \(CustomsDocumentCaptions.page(page, of: pageCount))"
        )
    }

    // MARK: Head

    private func head(on canvas: PDFCanvas) {
        let left = CustomsPage.margin
        let right = CustomsPage.right
        canvas.text(
            InvoiceCaptions.title, in: Zone(x: left, y: 10, width: 110, height: 7.5), size: 16, weight: .bold,
            minSize: 11)
        canvas.text(
            LabelText.join([label.carrierName, label.serviceName], separator: " · "),
            in: Zone(x: left, y: 18.5, width: 110, height: 4), size: 8, minSize: 6)
        canvas.captionedValue(
            InvoiceCaptions.invoiceNumber, customs.invoiceNumber,
            in: Zone(x: 125, y: 9.5, width: right - 125, height: 7.5),
            valueSize: 10)
        canvas.captionedValue(
            InvoiceCaptions.invoiceDate, customs.invoiceDate, in: Zone(x: 125, y: 17.5, width: 36, height: 7.5))
        canvas.captionedValue(
            InvoiceCaptions.currency, customs.currency, in: Zone(x: 163, y: 17.5, width: right - 163, height: 7.5))
        canvas.drawLine(from: (left, 25.5), to: (right, 25.5), width: 0.5)

        // Seller (with VAT/EORI) and buyer.
        let half = CustomsPage.contentWidth / 2
        let sellerBox = Zone(x: left, y: 27, width: half, height: 34)
        let buyerBox = Zone(x: left + half, y: 27, width: half, height: 34)
        canvas.strokeRectangle(sellerBox, lineWidth: 0.3)
        canvas.strokeRectangle(buyerBox, lineWidth: 0.3)
        canvas.caption(
            InvoiceCaptions.seller, in: Zone(x: sellerBox.x + 2, y: sellerBox.y + 1, width: half - 4, height: 3))
        canvas.customsAddress(
            label.sender, in: Zone(x: sellerBox.x + 2, y: sellerBox.y + 4.5, width: half - 4, height: 21))
        canvas.text(
            "\(InvoiceCaptions.taxID): \(customs.senderTaxID ?? "—")",
            in: Zone(x: sellerBox.x + 2, y: sellerBox.maxY - 5.5, width: half - 4, height: 4), size: 8, weight: .bold,
            minSize: 6)
        canvas.caption(
            InvoiceCaptions.buyer, in: Zone(x: buyerBox.x + 2, y: buyerBox.y + 1, width: half - 4, height: 3))
        canvas.customsAddress(
            label.recipient, in: Zone(x: buyerBox.x + 2, y: buyerBox.y + 4.5, width: half - 4, height: 21))
        if let reference = customs.importerReference, !LabelText.printable(reference).isEmpty {
            canvas.text(
                "\(InvoiceCaptions.taxID): \(reference)",
                in: Zone(x: buyerBox.x + 2, y: buyerBox.maxY - 5.5, width: half - 4, height: 4), size: 8, weight: .bold,
                minSize: 6)
        }

        // Shipment facts: two rows of four boxes.
        let facts: [(CustomsCaption, String)] = [
            (InvoiceCaptions.trackingCode, label.trackingCode),
            (InvoiceCaptions.carrier, LabelText.join([label.carrierName, label.serviceCode], separator: " · ")),
            (InvoiceCaptions.shippingDate, label.shippingDate),
            (InvoiceCaptions.orderReference, label.reference ?? "—"),
            (InvoiceCaptions.reasonForExport, customs.reasonForExport),
            (InvoiceCaptions.incoterm, customs.incoterm),
            (InvoiceCaptions.packages, "\(label.parcelCount)"),
            (InvoiceCaptions.totalGrossWeight, CustomsAmounts.kilograms(grams: label.weightGrams)),
        ]
        let cellWidth = CustomsPage.contentWidth / 4
        for (index, fact) in facts.enumerated() {
            let cell = Zone(
                x: left + Double(index % 4) * cellWidth, y: 62 + Double(index / 4) * 10.5, width: cellWidth,
                height: 10.5)
            canvas.strokeRectangle(cell, lineWidth: 0.3)
            canvas.captionedValue(
                fact.0, fact.1,
                in: Zone(x: cell.x + 1.5, y: cell.y + 1, width: cell.width - 3, height: cell.height - 1.5))
        }
    }

    private func continuationHead(on canvas: PDFCanvas) {
        let left = CustomsPage.margin
        let right = CustomsPage.right
        canvas.text(
            "\(InvoiceCaptions.title) — \(InvoiceCaptions.continued)",
            in: Zone(x: left, y: 10.5, width: 120, height: 6),
            size: 12, weight: .bold, minSize: 8)
        canvas.text(
            "\(InvoiceCaptions.invoiceNumber.english) \(customs.invoiceNumber)",
            in: Zone(x: right - 65, y: 10, width: 65, height: 5), size: 10, weight: .bold, minSize: 7,
            alignment: .trailing)
        canvas.text(
            label.trackingCode, in: Zone(x: right - 65, y: 16, width: 65, height: 3.5), size: 7.5, minSize: 6,
            alignment: .trailing)
        canvas.drawLine(from: (left, 21.5), to: (right, 21.5), width: 0.5)
    }

    // MARK: Closing block

    /// Totals row, value summary, weights and packages, declaration and signature; at most
    /// ``closingHeight`` mm from `top`.
    private func closing(columns: [CustomsTableColumn], top: Double, on canvas: PDFCanvas) {
        let currency = customs.currency
        let totalsBottom = CustomsTableDrawing.rows(
            [
                [
                    "", "Totals", "", "", "\(amounts.totalQuantity)",
                    CustomsAmounts.kilograms(grams: amounts.totalNetWeightGrams), "",
                    CustomsAmounts.money(cents: amounts.totalValueCents),
                ]
            ], columns: columns, top: top, weight: .bold, on: canvas)

        // Value summary on the right.
        let summary = Zone(x: 120, y: totalsBottom + 2, width: CustomsPage.right - 120, height: 18)
        canvas.strokeRectangle(summary, lineWidth: 0.3)
        let postageCents = customs.postage.map(CustomsAmounts.cents)
        let lines: [(String, String, FontWeight)] = [
            (InvoiceCaptions.subtotal, CustomsAmounts.money(cents: amounts.totalValueCents), .regular),
            (InvoiceCaptions.freight, postageCents.map { CustomsAmounts.money(cents: $0) } ?? "—", .regular),
            (
                InvoiceCaptions.invoiceTotal,
                CustomsAmounts.money(cents: amounts.totalValueCents + (postageCents ?? 0)),
                .bold
            ),
        ]
        for (index, line) in lines.enumerated() {
            let y = summary.y + 1.2 + Double(index) * 5.5
            canvas.text(
                line.0, in: Zone(x: summary.x + 2, y: y, width: 42, height: 4), size: 8, weight: line.2, minSize: 6)
            canvas.text(
                "\(line.1) \(currency)", in: Zone(x: summary.x + 44, y: y, width: summary.width - 46, height: 4),
                size: 8,
                weight: line.2, minSize: 6, alignment: .trailing)
        }

        // Weights, packages and the declaration on the left.
        let leftWidth = summary.x - CustomsPage.margin - 4
        var y = totalsBottom + 2
        y += canvas.text(
            "\(InvoiceCaptions.totalNetWeight.english): \(CustomsAmounts.kilograms(grams: amounts.totalNetWeightGrams))"
                + " · \(InvoiceCaptions.totalGrossWeight.english): \(CustomsAmounts.kilograms(grams: label.weightGrams))",
            in: Zone(x: CustomsPage.margin, y: y, width: leftWidth, height: 4), size: 7.5, minSize: 5.5)
        y += 0.8
        y += canvas.text(
            "\(InvoiceCaptions.packages.english): \(label.parcelCount) · "
                + "\(InvoiceCaptions.reasonForExport.english): \(customs.reasonForExport) · "
                + "\(InvoiceCaptions.incoterm.english): \(customs.incoterm)",
            in: Zone(x: CustomsPage.margin, y: y, width: leftWidth, height: 4), size: 7.5, minSize: 5.5)
        y += 1.5
        canvas.text(
            InvoiceCaptions.declaration, in: Zone(x: CustomsPage.margin, y: y, width: leftWidth, height: 7.5),
            size: 7.5,
            minSize: 6, overflow: .wrap(maxLines: 2))

        // Signature, name and date.
        let lineY = totalsBottom + 30
        canvas.text(
            label.sender.name, in: Zone(x: 105, y: lineY - 4.5, width: CustomsPage.right - 105 - 24, height: 4),
            size: 8,
            minSize: 6)
        canvas.text(
            customs.invoiceDate, in: Zone(x: CustomsPage.right - 22, y: lineY - 4.5, width: 22, height: 4), size: 8,
            weight: .bold, minSize: 6, alignment: .trailing)
        canvas.drawLine(from: (CustomsPage.margin, lineY), to: (95, lineY), width: 0.2)
        canvas.drawLine(from: (105, lineY), to: (CustomsPage.right, lineY), width: 0.2)
        canvas.text(
            InvoiceCaptions.signature, in: Zone(x: CustomsPage.margin, y: lineY + 0.6, width: 80, height: 3), size: 6.5,
            minSize: 5)
        canvas.text(
            InvoiceCaptions.nameAndDate, in: Zone(x: 105, y: lineY + 0.6, width: 80, height: 3), size: 6.5, minSize: 5)
    }
}
