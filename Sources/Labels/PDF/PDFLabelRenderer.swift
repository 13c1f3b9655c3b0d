/// Renders a ``LabelContent`` as an A6 vector PDF (105 × 148 mm), or as a PNG preview of the
/// same drawing.
///
/// Text is laid out with Pango in DejaVu Sans (regular and bold, embedded as subsets), the
/// tracking code is a Code 128 barcode and the tracking URL a QR code. The same content
/// always gives the same bytes.
///
/// ```swift
/// let pdf = try PDFLabelRenderer().render(content)
/// ```
public struct PDFLabelRenderer: Sendable {
    /// Creates a renderer. It holds no state; one instance can be shared by all threads.
    public init() {}

    /// Renders `content` as a one-page A6 portrait PDF (297.638 × 419.528 pt).
    /// - Returns: The PDF bytes.
    /// - Throws: ``LabelRenderingError`` when the tracking code or URL cannot be encoded or
    ///   drawing fails.
    public func render(_ content: LabelContent) throws -> [UInt8] {
        let canvas = try PDFCanvas(
            pageWidth: LabelLayout.pageWidth, pageHeight: LabelLayout.pageHeight,
            title: "\(content.carrierName) \(content.trackingCode)")
        try canvas.draw(try LabelModel(content))
        return try canvas.finish()
    }

    /// Renders a PNG preview of the same label at `dpi` dots per inch (203 by default, the
    /// resolution of most thermal label printers).
    /// - Returns: The PNG bytes (RGB, white background).
    /// - Throws: ``LabelRenderingError`` as ``render(_:)`` does, or for a resolution outside
    ///   10–2400 dpi.
    public func renderPNG(_ content: LabelContent, dpi: Double = 203) throws -> [UInt8] {
        let model = try LabelModel(content)
        let canvas = try PDFCanvas(rasterPageWidth: LabelLayout.pageWidth, pageHeight: LabelLayout.pageHeight, dpi: dpi)
        try canvas.draw(model)
        return try canvas.finish()
    }
}
