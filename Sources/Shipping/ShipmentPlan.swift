import Labels
import PicqerAPI

/// A shipment request checked against the account, with the configured things its profile chose: which
/// service, sender address, options, ZPL resolution, and whether customs documents go with it. Made by
/// ``ShipmentPlanner``.
public struct ShipmentPlan: Sendable {
    /// Kind of label document.
    public enum Documents: Sendable, Equatable {
        /// A6 label only.
        case labelOnly
        /// A4: label, CN23 and commercial invoice for these goods.
        case customs([ValidatedShipment.CustomsProduct])
        /// A4: label and a CN23 for documents (documents-only service, no goods).
        case documentsDeclaration
    }

    /// The account sending.
    public var account: CarrierConfiguration.Account
    /// The service chosen in the profile.
    public var service: CarrierConfiguration.Service
    /// The sender address chosen in the profile.
    public var senderAddress: CarrierConfiguration.SenderAddress
    /// Whether the parcel is insured.
    public var insured: Bool
    /// Delivery instruction for the courier.
    public var instructions: String?
    /// CN23 category of item chosen in the profile (the account's default when none was chosen).
    public var customsCategory: CustomsContent.Category
    /// ZPL resolution chosen in the profile.
    public var zplResolution: ZPLLabelRenderer.Resolution
    /// The validated shipment from Picqer.
    public var shipment: ValidatedShipment
    /// Which documents are made.
    public var documents: Documents

    /// ``LabelFormat/a4`` when customs documents are made, else ``LabelFormat/a6``.
    public var labelFormat: LabelFormat {
        documents == .labelOnly ? .a6 : .a4
    }
}
