import Foundation
import PicqerAPI
import Shipping

/// A stored shipment as the operator API shows it: the record, the sender address and service
/// from the configuration, and the recipient, pickup point and customs data from the request
/// Picqer sent (until the retention period erases it: then only postcode and country remain).
struct OperatorShipmentView {
    let configuration: CarrierConfiguration

    /// The API's shipment object, or `nil` for a shipment whose label is still being made.
    func shipment(of record: ShipmentRecord) -> Components.Schemas.Shipment? {
        let status: Components.Schemas.Shipment.StatusPayload
        switch record.status {
        case .pending: return nil
        case .active: status = .active
        case .cancelled: status = .cancelled
        case .void: status = .void
        }
        let request = record.storedShipment
        let account = configuration.accounts.first { $0.username == record.account }
        let address = account?.senderAddresses.first { $0.id == record.senderAddressID }
        let service = configuration.services.first { $0.value == record.service }
        let recipient = request?.recipient
        return Components.Schemas.Shipment(
            trackingCode: record.trackingCode,
            trackingUrl: configuration.carrier.trackingURL(for: record.trackingCode),
            status: status, account: record.account,
            service: .init(value: record.service, name: service?.name ?? record.service),
            sender: .init(
                id: record.senderAddressID, name: address?.name ?? "", street: address?.street ?? "",
                zipcode: address?.zipcode ?? "", city: address?.city ?? "", country: address?.country ?? ""),
            recipient: .init(
                name: recipient?.name, contactname: recipient?.contactname, address: recipient?.address,
                address2: recipient?.address2, zipcode: record.recipientPostcode(sent: recipient),
                city: recipient?.city, region: recipient?.region,
                country: record.recipientCountry(sent: recipient),
                emailaddress: recipient?.emailaddress, telephone: recipient?.telephone),
            weightGrams: record.weightGrams,
            references: .init(
                reference: record.reference, orderid: record.orderID, picklistid: record.picklistID,
                returnid: record.returnID),
            isReturn: record.isReturn,
            pickupPoint: request?.pickupPoint.flatMap { point in
                point.id.map {
                    .init(
                        id: $0, name: point.name,
                        street: [point.street, point.houseNumber].compactMap { $0 }.joined(separator: " "),
                        zipcode: point.zipcode, city: point.city, country: point.country?.uppercased())
                }
            },
            preferredDeliveryDate: request?.preferredDeliveryDate,
            labelFormat: record.labelFormat.flatMap { .init(rawValue: $0.rawValue) },
            customs: request?.customsData.map { data in
                .init(
                    products: data.products.map { product in
                        .init(
                            description: product.description ?? "", quantity: product.amount ?? 1,
                            weightGrams: Int((product.weight ?? 0).rounded()), value: product.value ?? 0,
                            hsCode: product.hsCode ?? "", countryOfOrigin: product.countryOfOrigin ?? "")
                    })
            },
            createdAt: record.createdAt, updatedAt: record.updatedAt,
            personalDataErased: record.personalDataErased,
            trackingStatus: Self.trackingStatus(of: record), lastEventAt: record.lastEventAt)
    }

    /// `registered` until the first scan event, `cancelled` once cancelled, else the status of its events.
    static func trackingStatus(of record: ShipmentRecord) -> Components.Schemas.ShipmentTrackingStatus {
        if record.status == .cancelled { return .cancelled }
        return record.trackingStatus.flatMap { .init(rawValue: $0.rawValue) } ?? .registered
    }
}
