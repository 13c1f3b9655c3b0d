import Labels

/// The documents of one shipment, ready for Picqer.
public struct LabelDocuments: Sendable {
    /// `A6`, or `A4` when customs documents are included.
    public var format: String
    /// The one PDF (label, plus CN23 and invoice when needed).
    public var pdf: [UInt8]
    /// The label in ZPL II.
    public var zpl: String

    /// Renders the label (and customs documents when given). Blocking C work: call it off the
    /// cooperative thread pool.
    public static func render(
        label: LabelContent, customs: CustomsContent?, zplResolution: ZPLLabelRenderer.Resolution
    ) throws -> LabelDocuments {
        let zpl = try ZPLLabelRenderer(resolution: zplResolution).render(label)
        if let customs {
            return LabelDocuments(
                format: "A4", pdf: try CustomsDocumentRenderer().render(label: label, customs: customs), zpl: zpl)
        }
        return LabelDocuments(format: "A6", pdf: try PDFLabelRenderer().render(label), zpl: zpl)
    }
}
