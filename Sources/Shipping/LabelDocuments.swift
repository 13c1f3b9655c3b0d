import Labels
import PicqerAPI

/// The documents of one shipment, ready for Picqer.
public struct LabelDocuments: Sendable {
    /// ``LabelFormat/a6``, or ``LabelFormat/a4`` when customs documents are included.
    public var format: LabelFormat
    /// The one PDF (label, plus CN23 and invoice when needed).
    public var pdf: [UInt8]
    /// The label in ZPL II.
    public var zpl: String

    /// Creates documents.
    public init(format: LabelFormat, pdf: [UInt8], zpl: String) {
        self.format = format
        self.pdf = pdf
        self.zpl = zpl
    }

    /// Draws `composed`: the PDF (with the customs documents when it has them) and the ZPL label.
    /// Blocking C work: call it off the cooperative thread pool.
    public static func render(_ composed: ComposedLabel) throws -> LabelDocuments {
        LabelDocuments(format: composed.format, pdf: try pdf(of: composed), zpl: try zpl(of: composed))
    }

    /// The PDF of `composed` alone (A6, or A4 with the customs documents). Blocking C work.
    public static func pdf(of composed: ComposedLabel) throws -> [UInt8] {
        if let customs = composed.customs {
            return try CustomsDocumentRenderer().render(label: composed.label, customs: customs)
        }
        return try PDFLabelRenderer().render(composed.label)
    }

    /// The ZPL of `composed` alone. Blocking C work.
    public static func zpl(of composed: ComposedLabel) throws -> String {
        try ZPLLabelRenderer(resolution: composed.zplResolution).render(composed.label)
    }
}
