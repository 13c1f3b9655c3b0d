/// The fixed captions printed on a label, in the label's language.
struct LabelCaptions: Sendable, Equatable {
    /// Above the sender block.
    let from: String
    /// Above the recipient block.
    let to: String
    /// Above a pickup point that replaces the recipient's address.
    let pickupPoint: String
    /// Before the recipient's name under a pickup point ("for: Jan Jansen").
    let forRecipient: String
    /// Weight cell.
    let weight: String
    /// Parcel n of m cell.
    let parcel: String
    /// Shipping date cell.
    let shipped: String
    /// Preferred delivery date cell.
    let delivery: String
    /// The marker of a return shipment.
    let returnMarker: String
    /// Order or customer reference.
    let reference: String
    /// Insured value.
    let insured: String
    /// Delivery instructions for the courier.
    let instructions: String
    /// Decimal separator used for the weight.
    let decimalSeparator: Character

    /// The captions for `language`.
    static func forLanguage(_ language: LabelContent.CaptionLanguage) -> LabelCaptions {
        switch language {
        case .dutch: dutch
        case .english: english
        }
    }

    /// Dutch captions.
    static let dutch = LabelCaptions(
        from: "Afzender", to: "Ontvanger", pickupPoint: "Afhaalpunt", forRecipient: "voor", weight: "Gewicht",
        parcel: "Collo", shipped: "Verzonden", delivery: "Bezorgen op", returnMarker: "RETOUR",
        reference: "Referentie", insured: "Verzekerd", instructions: "Instructie", decimalSeparator: ",")

    /// English captions.
    static let english = LabelCaptions(
        from: "From", to: "To", pickupPoint: "Pickup point", forRecipient: "for", weight: "Weight",
        parcel: "Parcel", shipped: "Shipped", delivery: "Deliver on", returnMarker: "RETURN",
        reference: "Reference", insured: "Insured", instructions: "Instructions", decimalSeparator: ".")
}
