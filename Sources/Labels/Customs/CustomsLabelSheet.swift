/// The first page of the customs document: the A6 label on A4, with a dashed cut line and
/// crop marks around it, and below it what the warehouse has to do with the other pages.
///
/// The label is drawn by the same code as the A6 PDF label, at full size, so its barcode
/// scans exactly like the thermal one.
struct CustomsLabelSheet {
    typealias Zone = LabelLayout.Zone

    /// Where the label sits on the A4 page: centred, near the top.
    static let labelFrame = Zone(
        x: (CustomsPage.width - LabelLayout.pageWidth) / 2, y: 16, width: LabelLayout.pageWidth,
        height: LabelLayout.pageHeight)

    /// What the parcel's label says.
    let label: LabelContent
    /// The label laid out.
    let model: LabelModel
    /// The customs content (for the summary under the label).
    let customs: CustomsContent
    /// Totals of the goods.
    let amounts: CustomsAmounts
    /// Pages of one CN 23 copy, of one invoice copy, and of the whole document.
    let declarationPages: Int
    /// Pages of one commercial invoice copy.
    let invoicePages: Int
    /// Pages of the whole document.
    let totalPages: Int

    /// Draws the page on the canvas's current (first) page.
    /// - Throws: ``LabelRenderingError`` when the label's QR code cannot be encoded.
    func draw(on canvas: PDFCanvas) throws {
        let frame = Self.labelFrame
        try canvas.withOrigin(x: frame.x, y: frame.y) { try canvas.draw(model) }
        canvas.strokeDashedRectangle(frame, lineWidth: 0.25, dash: 2, gap: 1.5)
        canvas.cropMarks(around: frame, length: 4, gap: 1.5, lineWidth: 0.2)
        canvas.text(
            "✂ \(CustomsDocumentCaptions.cutInstruction)",
            in: Zone(x: frame.x, y: frame.y - 6.5, width: frame.width, height: 4),
            size: 8, minSize: 6)

        // What to do with the rest, and what the rest is.
        let left = CustomsPage.margin + 15
        let width = CustomsPage.contentWidth - 30
        var y = frame.maxY + 10
        y += canvas.text(
            CustomsDocumentCaptions.pouchInstruction, in: Zone(x: left, y: y, width: width, height: 10), size: 9,
            weight: .bold, minSize: 7, overflow: .wrap(maxLines: 2))
        y += 4
        y += canvas.text(
            "Contents of this document", in: Zone(x: left, y: y, width: width, height: 5), size: 9, weight: .bold)
        y += 1
        var first = 2
        for line in contentsLines(start: &first) {
            y += canvas.text(line, in: Zone(x: left + 3, y: y, width: width - 3, height: 4.5), size: 8.5, minSize: 6.5)
            y += 0.8
        }
        y += 4
        let facts: [(CustomsCaption, String)] = [
            (InvoiceCaptions.trackingCode, label.trackingCode),
            (CustomsCaption("Destination"), CountryNames.name(of: label.recipient.countryCode, in: .english)),
            (InvoiceCaptions.invoiceNumber, customs.invoiceNumber),
            (
                CustomsCaption("Value of goods"),
                "\(CustomsAmounts.money(cents: amounts.totalValueCents)) \(customs.currency)"
            ),
        ]
        let cellWidth = width / 4
        for (index, fact) in facts.enumerated() {
            canvas.captionedValue(
                fact.0, fact.1, in: Zone(x: left + Double(index) * cellWidth, y: y, width: cellWidth - 2, height: 8.5),
                valueSize: 9)
        }
        canvas.customsFooter(
            left: "Customs documents · \(label.trackingCode)", right: CustomsDocumentCaptions.page(1, of: totalPages))
    }

    /// "Page 1: …" lines for each part of the document, numbering pages from `start`.
    private func contentsLines(start: inout Int) -> [String] {
        var lines = ["Page 1: shipping label"]
        let parts: [(copies: Int, pages: Int, name: String)] = [
            (max(0, customs.declarationCopies), declarationPages, "CN 23 customs declaration"),
            (max(0, customs.invoiceCopies), invoicePages, "commercial invoice \(customs.invoiceNumber)"),
        ]
        for part in parts where part.copies > 0 {
            let count = part.copies * part.pages
            let range = count == 1 ? "Page \(start)" : "Pages \(start)–\(start + count - 1)"
            let copies = part.copies == 1 ? "1 copy" : "\(part.copies) copies"
            let pages = part.pages == 1 ? "" : " of \(part.pages) pages each"
            lines.append("\(range): \(part.name), \(copies)\(pages)")
            start += count
        }
        return lines
    }
}
