import Labels
import PicqerAPI

/// What the documents of one shipment say, ready to be drawn: the label, the customs documents when the
/// parcel leaves the EU customs union, and the ZPL resolution. Made by ``LabelComposer/compose(_:trackingCode:shippingDate:)``.
public struct ComposedLabel: Sendable {
    /// What the label says.
    public var label: LabelContent
    /// What the CN23 and the commercial invoice say, or `nil` when the parcel needs none.
    public var customs: CustomsContent?
    /// Resolution of the ZPL label.
    public var zplResolution: ZPLLabelRenderer.Resolution

    /// Creates composed documents.
    public init(label: LabelContent, customs: CustomsContent?, zplResolution: ZPLLabelRenderer.Resolution) {
        self.label = label
        self.customs = customs
        self.zplResolution = zplResolution
    }

    /// ``LabelFormat/a4`` when customs documents are included, else ``LabelFormat/a6``.
    public var format: LabelFormat { customs == nil ? .a6 : .a4 }
}
