/// Renders the customs document of a parcel leaving the EU customs union: one A4 vector PDF
/// that the warehouse prints on an office printer.
///
/// Page 1 is the parcel's label, drawn exactly as on the A6 label, with a dashed cut line.
/// Then follow the CN 23 customs declaration and the commercial invoice, each as many times
/// as ``CustomsContent/declarationCopies`` and ``CustomsContent/invoiceCopies`` say (a count
/// below one leaves that document out). Any number of goods lines paginates: the column
/// header repeats on every page, the totals and signature come once, on the last page of each
/// copy, and every page says "copy x of n · page x of y". Text is DejaVu Sans, embedded as
/// subsets; the same input always gives the same bytes.
///
/// ```swift
/// let pdf = try CustomsDocumentRenderer().render(label: label, customs: customs)
/// ```
public struct CustomsDocumentRenderer: Sendable {
    /// Creates a renderer. It holds no state; one instance can be shared by all threads.
    public init() {}

    /// One A4 PDF: label page, CN23 copies, commercial-invoice copies. Returns the PDF bytes.
    ///
    /// - Parameters:
    ///   - label: What the parcel's label says; it also supplies sender (seller), recipient
    ///     (addressee, buyer), tracking code, gross weight and number of packages.
    ///   - customs: The goods and the settings of the customs documents.
    /// - Throws: ``LabelRenderingError`` when the label cannot be drawn (tracking code not
    ///   encodable as Code 128 or too long, tracking URL too long for a QR code) or Cairo
    ///   fails.
    public func render(label: LabelContent, customs: CustomsContent) throws -> [UInt8] {
        let model = try LabelModel(label)
        let barcode = model.barcode?.modules ?? []
        let amounts = CustomsAmounts(items: customs.items)
        let declarationCopies = max(0, customs.declarationCopies)
        let invoiceCopies = max(0, customs.invoiceCopies)
        let declarationPages = CustomsDeclarationPage.pagination.pages(rowCount: customs.items.count)
        let invoicePages = CustomsInvoicePage.pagination.pages(rowCount: customs.items.count)
        let totalPages = 1 + declarationCopies * declarationPages.count + invoiceCopies * invoicePages.count

        let canvas = try PDFCanvas(
            pageWidth: CustomsPage.width, pageHeight: CustomsPage.height,
            title: "Customs documents \(label.trackingCode)")
        try CustomsLabelSheet(
            label: label, model: model, customs: customs, amounts: amounts, declarationPages: declarationPages.count,
            invoicePages: invoicePages.count, totalPages: totalPages
        ).draw(on: canvas)

        let declaration = CustomsDeclarationPage(label: label, customs: customs, amounts: amounts, barcode: barcode)
        for copy in stride(from: 1, through: declarationCopies, by: 1) {
            for (index, rows) in declarationPages.enumerated() {
                canvas.newPage()
                declaration.draw(
                    page: index + 1, of: declarationPages.count, rows: rows, copy: copy, of: declarationCopies,
                    on: canvas)
            }
        }
        let invoice = CustomsInvoicePage(label: label, customs: customs, amounts: amounts)
        for copy in stride(from: 1, through: invoiceCopies, by: 1) {
            for (index, rows) in invoicePages.enumerated() {
                canvas.newPage()
                invoice.draw(
                    page: index + 1, of: invoicePages.count, rows: rows, copy: copy, of: invoiceCopies, on: canvas)
            }
        }
        return try canvas.finish()
    }
}
