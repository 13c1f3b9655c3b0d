/// One A4 page of the end-of-day manifest, in millimetres from the top-left corner.
///
/// Every page carries the same head (carrier, "Manifest" and the date, account, sender
/// address, page number) and the table's column header; the rows follow at a fixed height, so
/// the split over pages is pure arithmetic (``CustomsTablePagination``). The last page closes
/// with the totals and the signature boxes of the shipper and the driver; the pagination keeps
/// room for them there, and moves rows to a new page rather than letting the boxes fall off.
struct ManifestPage {
    typealias Zone = LabelLayout.Zone

    /// Top of the column header.
    static let tableTop = 33.0
    /// Height of the column header.
    static let tableHeaderHeight = 5.5
    /// Lowest point of the body: 10 mm free at the bottom, like at the top.
    static let bodyBottom = CustomsPage.height - CustomsPage.margin
    /// Height of the signature boxes.
    static let signatureHeight = 30.0
    /// Height of the closing block: totals row, summary line, signature boxes.
    static let closingHeight = CustomsTableDrawing.rowHeight + 2 + 5 + 2 + signatureHeight

    /// How the parcels are split over the pages.
    static let pagination = CustomsTablePagination(
        firstTop: tableTop + tableHeaderHeight, laterTop: tableTop + tableHeaderHeight, bottom: bodyBottom,
        rowHeight: CustomsTableDrawing.rowHeight, closingHeight: closingHeight)

    /// The columns, 190 mm across.
    static let columns: [CustomsTableColumn] = .laidOut(
        from: CustomsPage.margin,
        [
            (CustomsCaption(ManifestCaptions.number), 12, .trailing),
            (CustomsCaption(ManifestCaptions.trackingCode), 40, .leading),
            (CustomsCaption(ManifestCaptions.service), 38, .leading),
            (CustomsCaption(ManifestCaptions.zipcode), 18, .leading),
            (CustomsCaption(ManifestCaptions.city), 42, .leading),
            (CustomsCaption(ManifestCaptions.country), 12, .center),
            (CustomsCaption(ManifestCaptions.weight), 18, .trailing),
            (CustomsCaption(ManifestCaptions.isReturn), 10, .center),
        ])

    /// What the manifest says.
    let content: ManifestContent

    /// Draws page `page` (1-based) of `pageCount`, holding the parcels `rows`; the last page
    /// also gets the closing block.
    func draw(page: Int, of pageCount: Int, rows: Range<Int>, on canvas: PDFCanvas) {
        head(page: page, of: pageCount, on: canvas)
        let rowsTop = CustomsTableDrawing.header(
            Self.columns, top: Self.tableTop, height: Self.tableHeaderHeight, on: canvas)
        let cells = rows.map { index in
            let row = content.rows[index]
            return [
                "\(index + 1)", row.trackingCode, row.serviceName, row.zipcode, row.city, row.countryCode,
                ManifestContent.kilograms(grams: row.weightGrams), row.isReturn ? ManifestCaptions.returnMark : "",
            ]
        }
        let bottom = CustomsTableDrawing.rows(cells, columns: Self.columns, top: rowsTop, on: canvas)
        if page == pageCount {
            closing(top: bottom, on: canvas)
        }
    }

    /// Carrier and title, account and page number, sender address, and a rule below.
    private func head(page: Int, of pageCount: Int, on canvas: PDFCanvas) {
        let left = CustomsPage.margin
        let width = CustomsPage.contentWidth
        canvas.text(
            content.carrierName, in: Zone(x: left, y: left, width: 105, height: 7), size: 15, weight: .bold,
            minSize: 9)
        canvas.text(
            "\(ManifestCaptions.title) \(content.date)",
            in: Zone(x: left + 110, y: left, width: width - 110, height: 7),
            size: 15, weight: .bold, minSize: 9, alignment: .trailing)
        canvas.text(
            "\(ManifestCaptions.account): \(content.accountName) (\(content.accountUsername))",
            in: Zone(x: left, y: 18.5, width: 150, height: 4.5), size: 9.5, minSize: 6.5)
        canvas.text(
            ManifestCaptions.page(page, of: pageCount),
            in: Zone(x: left + 152, y: 18.5, width: width - 152, height: 4.5),
            size: 9.5, weight: .bold, minSize: 6.5, alignment: .trailing)
        canvas.text(
            "\(ManifestCaptions.sender): \(senderLine)", in: Zone(x: left, y: 24, width: width, height: 4.5), size: 9.5,
            minSize: 6.5)
        canvas.drawLine(from: (left, 30), to: (CustomsPage.right, 30), width: 0.3)
    }

    /// The sender address on one line, or "all sender addresses".
    private var senderLine: String {
        guard let address = content.senderAddress else { return ManifestCaptions.allSenders }
        return LabelText.join([
            address.name, address.street, address.street2,
            LabelText.join([address.zipcode, address.city], separator: " "), address.countryCode,
        ])
    }

    /// Totals row, a summary line, and the two signature boxes.
    private func closing(top: Double, on canvas: PDFCanvas) {
        let totalWeight = ManifestContent.kilograms(grams: content.totalWeightGrams)
        let totalsBottom = CustomsTableDrawing.rows(
            [["", ManifestCaptions.totals, "", "", "", "", totalWeight, "\(content.returnCount)"]],
            columns: Self.columns, top: top, weight: .bold, on: canvas)
        let summary =
            "\(ManifestCaptions.parcels): \(content.rows.count) · \(ManifestCaptions.totalWeight): \(totalWeight) kg"
            + " · \(ManifestCaptions.returns): \(content.returnCount)"
        canvas.text(
            summary, in: Zone(x: CustomsPage.margin, y: totalsBottom + 2, width: CustomsPage.contentWidth, height: 5),
            size: 10, weight: .bold, minSize: 7)
        let boxTop = totalsBottom + 9
        let gap = 6.0
        let boxWidth = (CustomsPage.contentWidth - gap) / 2
        for (index, title) in [ManifestCaptions.shipper, ManifestCaptions.driver].enumerated() {
            let box = Zone(
                x: CustomsPage.margin + Double(index) * (boxWidth + gap), y: boxTop, width: boxWidth,
                height: Self.signatureHeight)
            signatureBox(title: title, in: box, on: canvas)
        }
    }

    /// A framed box with its title and a ruled line per field (name, signature, date/time).
    private func signatureBox(title: String, in box: Zone, on canvas: PDFCanvas) {
        canvas.strokeRectangle(box, lineWidth: 0.3)
        canvas.text(
            title, in: Zone(x: box.x + 2, y: box.y + 1.5, width: box.width - 4, height: 4), size: 8.5, weight: .bold,
            minSize: 6.5)
        for (index, field) in ManifestCaptions.signatureFields.enumerated() {
            let baseline = box.y + 12 + Double(index) * 7.5
            canvas.text(
                field, in: Zone(x: box.x + 2, y: baseline - 3.2, width: 20, height: 3.5), size: 7, minSize: 5.5)
            canvas.drawLine(from: (box.x + 23, baseline), to: (box.maxX - 3, baseline), width: 0.2)
        }
    }
}
