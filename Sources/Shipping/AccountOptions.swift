import Labels
import PicqerAPI

/// The profile options an account may pick in Picqer, and their keys.
///
/// The same list answers the config-options request and checks the profile of every
/// shipment, so the two can never disagree.
public enum AccountOptions {
    /// Profile key of the service.
    public static let shippingMethod = "shipping_method"
    /// Profile key of the sender address.
    public static let senderAddress = "sender_address"
    /// Profile key of insurance (0 or 1).
    public static let insured = "insured"
    /// Profile key of the free-text delivery instruction.
    public static let deliveryInstructions = "delivery_instructions"
    /// Profile key of the CN23 category of item for parcels that leave the EU customs union.
    public static let customsCategory = "customs_category"
    /// Profile key of the ZPL resolution (203 or 300).
    public static let zplResolution = "zpl_resolution"
    /// Longest delivery instruction accepted.
    public static let instructionsMaxLength = 120

    /// The options of `account`, defaults set.
    public static func options(for account: CarrierConfiguration.Account) -> [ConfigOption] {
        [
            ConfigOption(
                key: shippingMethod, label: "Shipping method", description: "Service of the carrier",
                kind: .list(account.services.map { PossibleValue(value: .string($0.value), label: $0.name) }),
                defaultValue: .string(account.defaultService.value), required: true, dutchLabel: "Verzendmethode"),
            ConfigOption(
                key: senderAddress, label: "Sender", description: "Used as sender address on the label",
                kind: .list(account.senderAddresses.map { PossibleValue(value: .int($0.id), label: $0.summary) }),
                defaultValue: .int(account.defaultSenderAddress.id), required: true, dutchLabel: "Afzender"),
            ConfigOption(
                key: insured, label: "Insured", description: "Insure the parcel for its value of goods",
                kind: .list([PossibleValue(value: .int(0), label: "No"), PossibleValue(value: .int(1), label: "Yes")]),
                defaultValue: .int(account.insuredByDefault ? 1 : 0), required: false, dutchLabel: "Verzekerd"),
            ConfigOption(
                key: deliveryInstructions, label: "Delivery instructions",
                description: "Printed on the label for the courier, e.g. 'Leave with neighbours'",
                kind: .text(maxLength: instructionsMaxLength), defaultValue: nil, required: false,
                dutchLabel: "Bezorginstructies"),
            ConfigOption(
                key: customsCategory, label: "Customs category",
                description: "Category of item on the CN23 for parcels that leave the EU customs union",
                kind: .list(
                    CustomsContent.Category.allCases.map {
                        PossibleValue(value: .string($0.rawValue), label: categoryLabel($0))
                    }),
                defaultValue: .string(account.customs.category.rawValue), required: false, dutchLabel: "Douanecategorie"
            ),
            ConfigOption(
                key: zplResolution, label: "ZPL printer resolution", description: "Dots per inch of the label printer",
                kind: .list([
                    PossibleValue(value: .int(203), label: "203 dpi"),
                    PossibleValue(value: .int(300), label: "300 dpi"),
                ]),
                defaultValue: .int(203), required: false, dutchLabel: "Resolutie ZPL-printer"),
        ]
    }

    /// How a CN23 category is listed in Picqer.
    static func categoryLabel(_ category: CustomsContent.Category) -> String {
        switch category {
        case .saleOfGoods: return "Sale of goods"
        case .gift: return "Gift"
        case .commercialSample: return "Commercial sample"
        case .returnedGoods: return "Returned goods"
        case .documents: return "Documents"
        case .other: return "Other"
        }
    }
}
