/// Renders the end-of-day manifest as an A4 portrait vector PDF that the shipper prints for the
/// driver who collects the parcels.
///
/// Every page repeats the head (carrier, "Manifest" and the date, account, sender address,
/// "page n of m") and the column header; one row per parcel (number, tracking code, service,
/// postcode, city, country, weight in kg, return). The last page closes with the totals
/// (parcels, total weight, returns) and the signature boxes of shipper and driver (name,
/// signature, date/time). Long service or city names shrink, then end in "…", inside their
/// cells. Text is DejaVu Sans, embedded as subsets; the same content always gives the same
/// bytes. A thousand parcels take 23 pages.
///
/// ```swift
/// let pdf = try ManifestRenderer().render(content)
/// ```
public struct ManifestRenderer: Sendable {
    /// Creates a renderer. It holds no state; one instance can be shared by all threads.
    public init() {}

    /// The manifest of `content` as PDF bytes.
    ///
    /// Cairo work is synchronous and CPU-bound (about 0.12 s of one core for 1,000 parcels in a
    /// release build): call it off the cooperative thread pool in a server.
    /// - Throws: ``LabelRenderingError`` when Cairo fails.
    public func render(_ content: ManifestContent) throws -> [UInt8] {
        let pages = ManifestPage.pagination.pages(rowCount: content.rows.count)
        let canvas = try PDFCanvas(
            pageWidth: CustomsPage.width, pageHeight: CustomsPage.height,
            title: "\(ManifestCaptions.title) \(content.date) \(content.accountUsername)")
        let page = ManifestPage(content: content)
        for (index, rows) in pages.enumerated() {
            if index > 0 { canvas.newPage() }
            page.draw(page: index + 1, of: pages.count, rows: rows, on: canvas)
        }
        return try canvas.finish()
    }
}
