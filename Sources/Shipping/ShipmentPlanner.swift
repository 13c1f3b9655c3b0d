import Foundation
import Labels
import PicqerAPI

/// Checks a validated request against an account's options and the customs rules.
///
/// The service's weight limit is checked by the validator (see ``weightLimit(for:)``).
public enum ShipmentPlanner {
    /// The weight limit of the service a resolved profile chose, for ``ShipmentValidator``.
    public static func weightLimit(for account: CarrierConfiguration.Account) -> @Sendable (ResolvedProfile) -> Int? {
        { profile in
            let value = profile.string(AccountOptions.shippingMethod) ?? account.defaultService.value
            return account.services.first { $0.value == value }?.maxWeightGrams
        }
    }

    /// The plan for `request` sent by `account`, or every problem found, each written for the
    /// warehouse user in the shipment's language.
    public static func plan(
        _ request: ValidatedRequest, account: CarrierConfiguration.Account
    ) -> Result<ShipmentPlan, ValidationFailure> {
        let shipment = request.shipment
        let profile = request.profile
        var problems: [Problem] = []

        let serviceValue = profile.string(AccountOptions.shippingMethod) ?? account.defaultService.value
        let service = account.services.first { $0.value == serviceValue } ?? account.defaultService
        let addressID = profile.int(AccountOptions.senderAddress) ?? account.defaultSenderAddress.id
        let sender = account.senderAddresses.first { $0.id == addressID } ?? account.defaultSenderAddress
        let insured = profile.int(AccountOptions.insured) == 1
        let instructions = profile.string(AccountOptions.deliveryInstructions)?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let category =
            profile.string(AccountOptions.customsCategory).flatMap(CustomsContent.Category.init(rawValue:))
            ?? account.customs.category
        let resolution: ZPLLabelRenderer.Resolution =
            profile.int(AccountOptions.zplResolution) == 300 ? .dpi300 : .dpi203

        if insured, (shipment.valueOfGoods ?? 0) <= 0 {
            problems.append(
                Problem(
                    field: "shipment.value_of_goods",
                    english:
                        "Insurance is chosen but the shipment has no value of goods: fill in the value or switch insurance off in the profile.",
                    dutch:
                        "Verzekering is gekozen maar de zending heeft geen waarde: vul de waarde in of zet verzekering uit in het profiel."
                ))
        }

        // For a return the parcel travels from the recipient to the sender address.
        let destinationCountry = shipment.isReturn ? sender.country : shipment.recipient.country
        let destinationPostcode = shipment.isReturn ? sender.zipcode : shipment.recipient.zipcode
        let originCountry = shipment.isReturn ? shipment.recipient.country : sender.country
        let originPostcode = shipment.isReturn ? shipment.recipient.zipcode : sender.zipcode
        let crossesCustomsBorder =
            CustomsTerritory.requiresCustomsDocuments(country: destinationCountry, postcode: destinationPostcode)
            || CustomsTerritory.requiresCustomsDocuments(country: originCountry, postcode: originPostcode)

        let documents: ShipmentPlan.Documents
        if let products = shipment.customsProducts, !products.isEmpty {
            documents = .customs(products)
        } else if crossesCustomsBorder {
            if service.documentsOnly {
                documents = .documentsDeclaration
            } else {
                documents = .labelOnly
                let place = "\(destinationCountry) \(destinationPostcode)"
                problems.append(
                    Problem(
                        field: "shipment.customs_data",
                        english:
                            "Customs data is missing: parcels to \(place) leave the EU customs union and need a customs declaration. Fill in description, HS code, country of origin, weight and value of every product in Picqer.",
                        dutch:
                            "Douanegegevens ontbreken: pakketten naar \(place) verlaten de EU-douane-unie en hebben een douaneverklaring nodig. Vul in Picqer per product omschrijving, HS-code, land van herkomst, gewicht en waarde in."
                    ))
            }
        } else {
            documents = .labelOnly
        }

        guard problems.isEmpty else {
            return .failure(ValidationFailure(problems: problems, language: shipment.language))
        }
        return .success(
            ShipmentPlan(
                account: account, service: service, senderAddress: sender, insured: insured,
                instructions: instructions?.isEmpty == false ? instructions : nil, customsCategory: category,
                zplResolution: resolution,
                shipment: shipment, documents: documents))
    }
}
