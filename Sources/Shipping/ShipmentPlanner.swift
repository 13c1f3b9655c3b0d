import Foundation
import Labels
import PicqerAPI

/// Checks a reviewed request against an account's options and the customs rules, and turns the profile's
/// values into the configured things they name.
///
/// It runs on whatever the validator found good, also when the validator found problems elsewhere, so that
/// one answer lists every problem; it skips only a check whose own inputs have a problem. A profile value that
/// names nothing configured is a problem about that profile field, never a silent fallback to a default.
/// The service's weight limit is checked by the validator (see ``weightLimit(for:)``).
public enum ShipmentPlanner {
    /// The weight limit of the service a resolved profile chose, for ``ShipmentValidator``; `nil` when the
    /// profile names no service of the account (that is reported as a profile problem).
    public static func weightLimit(for account: CarrierConfiguration.Account) -> @Sendable (ResolvedProfile) -> Int? {
        { profile in
            profile.string(AccountOptions.shippingMethod).flatMap { value in
                account.services.first { $0.value == value }
            }?.maxWeightGrams
        }
    }

    /// The plan for `review` sent by `account`, or every problem found — the review's and the planner's — each
    /// written for the warehouse user in the shipment's language.
    public static func plan(
        _ review: ShipmentReview, account: CarrierConfiguration.Account
    ) -> Result<ShipmentPlan, ValidationFailure> {
        var problems = review.problems
        let parts = review.parts
        let options = AccountOptions.options(for: account)

        /// The profile value of `key` as the configured thing it names; `nil` (with a problem) when it names
        /// nothing, or when the value already has a problem.
        func chosen<Value>(_ key: String, _ typed: (OptionValue) -> Value?) -> Value? {
            let field = "profile.\(key)"
            if review.hasProblem(at: field) { return nil }
            if let value = review.profile[key], let result = typed(value) { return result }
            problems.append(notConfigured(key, value: review.profile[key], options: options))
            return nil
        }

        let service = chosen(AccountOptions.shippingMethod) { value in
            account.services.first { $0.value == value.stringValue }
        }
        let sender = chosen(AccountOptions.senderAddress) { value in
            value.intValue.flatMap { id in account.senderAddresses.first { $0.id == id } }
        }
        let insured = chosen(AccountOptions.insured) { value -> Bool? in
            switch value.intValue {
            case 0: return false
            case 1: return true
            default: return nil
            }
        }
        let category = chosen(AccountOptions.customsCategory) { CustomsContent.Category(rawValue: $0.stringValue) }
        let resolution = chosen(AccountOptions.zplResolution) {
            $0.intValue.flatMap(ZPLLabelRenderer.Resolution.init(rawValue:))
        }
        let instructions = review.profile.string(AccountOptions.deliveryInstructions)?
            .trimmingCharacters(in: .whitespacesAndNewlines)

        if insured == true, !review.hasProblem(at: "shipment.value_of_goods"), (parts.valueOfGoods ?? 0) <= 0 {
            problems.append(
                Problem(
                    field: "shipment.value_of_goods",
                    english:
                        "Insurance is chosen but the shipment has no value of goods: fill in the value or switch insurance off in the profile.",
                    dutch:
                        "Verzekering is gekozen maar de zending heeft geen waarde: vul de waarde in of zet verzekering uit in het profiel."
                ))
        }

        let documents = documents(for: review, service: service, sender: sender, problems: &problems)

        guard problems.isEmpty else {
            return .failure(ValidationFailure(problems: problems, language: review.language))
        }
        guard let shipment = parts.shipment, let service, let sender, let insured, let category, let resolution,
            let documents
        else {
            // Every check above reports why a value is missing; reaching this is a bug, told as a refusal.
            return .failure(ValidationFailure(problems: [unplannable], language: review.language))
        }
        return .success(
            ShipmentPlan(
                account: account, service: service, senderAddress: sender, insured: insured,
                instructions: instructions?.isEmpty == false ? instructions : nil, customsCategory: category,
                zplResolution: resolution, shipment: shipment, documents: documents))
    }

    /// Which documents go with the parcel, adding a problem when customs data is missing; `nil` when that cannot
    /// be decided because its inputs (country, postcode, sender address, service, customs lines) have problems.
    private static func documents(
        for review: ShipmentReview, service: CarrierConfiguration.Service?,
        sender: CarrierConfiguration.SenderAddress?, problems: inout [Problem]
    ) -> ShipmentPlan.Documents? {
        let parts = review.parts
        if let products = parts.customsProducts, !products.isEmpty { return .customs(products) }
        // Customs lines were sent but are all wrong: those problems say what to fix.
        if review.hasProblem(at: "shipment.customs_data") { return nil }

        // For a return the parcel travels from the recipient to the sender address.
        let customer = (country: parts.recipientCountry, postcode: parts.recipientZipcode)
        let warehouse = sender.map { (country: Optional($0.country), postcode: Optional($0.zipcode)) }
        let destination = parts.isReturn ? warehouse : customer
        let origin = parts.isReturn ? customer : warehouse
        func needsDocuments(_ place: (country: String?, postcode: String?)?) -> Bool? {
            guard let place, let country = place.country else { return nil }
            return CustomsTerritory.requiresCustomsDocuments(country: country, postcodeIfKnown: place.postcode)
        }
        let toDestination = needsDocuments(destination)
        let fromOrigin = needsDocuments(origin)
        if toDestination == false, fromOrigin == false { return .labelOnly }
        guard toDestination == true || fromOrigin == true else { return nil }

        guard let service else { return nil }
        if service.documentsOnly { return .documentsDeclaration }
        let place = [destination?.country, destination?.postcode].compactMap { $0 }.joined(separator: " ")
        problems.append(
            Problem(
                field: "shipment.customs_data",
                english:
                    "Customs data is missing: parcels to \(place) leave the EU customs union and need a customs declaration. Fill in description, HS code, country of origin, weight and value of every product in Picqer.",
                dutch:
                    "Douanegegevens ontbreken: pakketten naar \(place) verlaten de EU-douane-unie en hebben een douaneverklaring nodig. Vul in Picqer per product omschrijving, HS-code, land van herkomst, gewicht en waarde in."
            ))
        return nil
    }

    /// The problem "this profile value names nothing the carrier has set up for the account".
    static func notConfigured(_ key: String, value: OptionValue?, options: [ConfigOption]) -> Problem {
        let option = options.first { $0.key == key }
        let label = option?.label ?? key
        let dutchLabel = option?.dutchLabel ?? label
        guard let value else {
            return Problem(
                field: "profile.\(key)", english: "\(label) is not set: choose one in the shipping profile.",
                dutch: "\(dutchLabel) is niet ingesteld: kies er één in het verzendprofiel.")
        }
        return Problem(
            field: "profile.\(key)",
            english:
                "\(label) '\(value.stringValue)' is not set up for this account: choose another one in the shipping profile or ask the carrier.",
            dutch:
                "\(dutchLabel) '\(value.stringValue)' is niet ingesteld voor dit account: kies een andere in het verzendprofiel of vraag het de vervoerder."
        )
    }

    /// Told when the checks found nothing wrong but could not make a plan either.
    static let unplannable = Problem(
        field: "shipment",
        english: "The carrier could not plan this shipment. Please contact the carrier.",
        dutch: "De vervoerder kon deze zending niet inplannen. Neem contact op met de vervoerder.")
}
