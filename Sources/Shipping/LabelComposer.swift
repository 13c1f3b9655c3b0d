import Foundation
import Labels
import PicqerAPI

/// Turns a planned shipment with its issued tracking code into what the label and the customs
/// documents say.
public struct LabelComposer: Sendable {
    /// The carrier whose name and currency appear on the documents.
    public var carrier: CarrierConfiguration.Carrier

    /// Creates a composer for `carrier`.
    public init(carrier: CarrierConfiguration.Carrier) {
        self.carrier = carrier
    }

    /// Everything the documents of `plan` with `trackingCode` say, shipped on `shippingDate` (YYYY-MM-DD): the
    /// label, the customs documents when the plan has them, and the plan's ZPL resolution.
    public func compose(_ plan: ShipmentPlan, trackingCode: String, shippingDate: String) -> ComposedLabel {
        ComposedLabel(
            label: label(for: plan, trackingCode: trackingCode, shippingDate: shippingDate),
            customs: customs(for: plan, trackingCode: trackingCode, date: shippingDate),
            zplResolution: plan.zplResolution)
    }

    /// The label of `plan` with `trackingCode`, shipped on `shippingDate` (YYYY-MM-DD).
    ///
    /// For a return the roles swap: the shop's customer sends, the account's sender address
    /// receives, and the label is marked RETURN.
    public func label(for plan: ShipmentPlan, trackingCode: String, shippingDate: String) -> LabelContent {
        let shipment = plan.shipment
        let customer = LabelContent.Address(
            name: shipment.recipient.name, contactName: shipment.recipient.contactName,
            street: shipment.recipient.address, street2: shipment.recipient.address2,
            zipcode: shipment.recipient.zipcode, city: shipment.recipient.city, region: shipment.recipient.region,
            countryCode: shipment.recipient.country)
        let warehouse = LabelContent.Address(
            name: plan.senderAddress.name, street: plan.senderAddress.street, zipcode: plan.senderAddress.zipcode,
            city: plan.senderAddress.city, countryCode: plan.senderAddress.country)
        let sender = shipment.isReturn ? customer : warehouse
        let recipient = shipment.isReturn ? warehouse : customer

        let pickupPoint: LabelContent.PickupPoint? =
            shipment.isReturn
            ? nil
            : shipment.pickupPoint.map { point in
                let street = [point.street, point.houseNumber].compactMap { $0 }.joined(separator: " ")
                return LabelContent.PickupPoint(
                    id: point.id, name: point.name, street: street.isEmpty ? nil : street, zipcode: point.zipcode,
                    city: point.city, countryCode: point.country?.uppercased())
            }

        let insuredValue = plan.insured ? shipment.valueOfGoods.map { "\(carrier.currency) \(Self.money($0))" } : nil
        let reference = shipment.references.reference ?? shipment.references.orderID
        return LabelContent(
            carrierName: carrier.name, serviceName: plan.service.name, serviceCode: plan.service.code,
            sender: sender, recipient: recipient, pickupPoint: pickupPoint, trackingCode: trackingCode,
            trackingURL: carrier.trackingURL(for: trackingCode), weightGrams: shipment.weightGrams,
            shippingDate: shippingDate, preferredDeliveryDate: shipment.preferredDeliveryDate?.description,
            insuredValue: insuredValue, reference: reference, instructions: plan.instructions,
            isReturn: shipment.isReturn, routingCode: Self.routingCode(for: pickupPoint, recipient: recipient),
            language: shipment.language == .nl ? .dutch : .english, logo: carrier.logo)
    }

    /// The customs documents of `plan`, or `nil` when it needs none.
    public func customs(for plan: ShipmentPlan, trackingCode: String, date: String) -> CustomsContent? {
        let settings = plan.account.customs
        let references = plan.shipment.references
        let invoiceNumber = "INV-" + (references.orderID ?? references.reference ?? trackingCode)
        switch plan.documents {
        case .labelOnly:
            return nil
        case .customs(let products):
            return CustomsContent(
                items: products.map {
                    .init(
                        description: $0.description, quantity: $0.quantity, unitWeightGrams: $0.unitWeightGrams,
                        unitValue: $0.unitValue, hsCode: $0.hsCode, originCountry: $0.countryOfOrigin)
                },
                category: plan.shipment.isReturn ? .returnedGoods : plan.customsCategory, currency: carrier.currency,
                invoiceNumber: invoiceNumber, invoiceDate: date, incoterm: settings.incoterm,
                reasonForExport: Self.reason(plan.shipment.isReturn ? .returnedGoods : plan.customsCategory),
                senderTaxID: plan.senderAddress.taxID, declarationCopies: settings.declarationCopies,
                invoiceCopies: settings.invoiceCopies)
        case .documentsDeclaration:
            return CustomsContent(
                items: [], category: .documents, currency: carrier.currency, invoiceNumber: invoiceNumber,
                invoiceDate: date, incoterm: settings.incoterm, reasonForExport: Self.reason(.documents),
                senderTaxID: plan.senderAddress.taxID, declarationCopies: settings.declarationCopies, invoiceCopies: 0)
        }
    }

    /// The shipping date printed on labels and customs documents: `date` as `YYYY-MM-DD` in the
    /// Netherlands' time zone (where Picqer's warehouses work), so a label made just after
    /// midnight carries the new day.
    public static func shippingDate(_ date: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .gmt
        let day = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", day.year ?? 0, day.month ?? 0, day.day ?? 0)
    }

    static func reason(_ category: CustomsContent.Category) -> String {
        switch category {
        case .saleOfGoods: return "Sale"
        case .gift: return "Gift"
        case .commercialSample: return "Commercial sample"
        case .returnedGoods: return "Return"
        case .documents: return "Documents"
        case .other: return "Other"
        }
    }

    /// A sort code for the depot: destination country and the first two characters of the postcode.
    static func routingCode(for pickupPoint: LabelContent.PickupPoint?, recipient: LabelContent.Address) -> String {
        let country = pickupPoint?.countryCode ?? recipient.countryCode
        let postcode = (pickupPoint?.zipcode ?? recipient.zipcode).uppercased().filter { $0.isLetter || $0.isNumber }
        return "\(country) \(postcode.prefix(2))"
    }

    static func money(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
