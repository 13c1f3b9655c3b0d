import Foundation
import Labels
import PicqerAPI

/// Why a manifest cannot be made as asked.
public enum ManifestRefusal: Error, Sendable, Equatable {
    /// The day is not `YYYY-MM-DD`.
    case badDate(String)
    /// No such account is configured.
    case unknownAccount(String)
    /// The account has no such sender address.
    case unknownSenderAddress(Int)
}

/// One end-of-day manifest: whose, from where, and its parcels.
public struct Manifest: Sendable {
    /// The account.
    public var account: CarrierConfiguration.Account
    /// The one sender address, or `nil` for all.
    public var senderAddress: CarrierConfiguration.SenderAddress?
    /// The day, `YYYY-MM-DD` (Europe/Amsterdam).
    public var day: String
    /// The parcels, with the recipients' addresses (personal data).
    public var rows: [ManifestCSV.Row]

    /// What the PDF for the driver says (no recipient names or streets).
    public func content(carrierName: String) -> ManifestContent {
        ManifestContent(
            carrierName: carrierName, accountName: account.displayName, accountUsername: account.username,
            senderAddress: senderAddress.map {
                LabelContent.Address(
                    name: $0.name, street: $0.street, zipcode: $0.zipcode, city: $0.city, countryCode: $0.country)
            }, date: day, rows: rows.map(\.manifestRow))
    }
}

extension ShipmentFlow {
    /// The parcels of `account` (and `senderAddressID`) created on `day` in Europe/Amsterdam,
    /// not void, pending or cancelled, in the order they were made.
    /// - Throws: ``ManifestRefusal``, or the store's error.
    public func manifest(day: String, account username: String, senderAddressID: Int?) async throws -> Manifest {
        guard let bounds = AmsterdamDay.bounds(of: day) else { throw ManifestRefusal.badDate(day) }
        guard let account = configuration.accounts.first(where: { $0.username == username }) else {
            throw ManifestRefusal.unknownAccount(username)
        }
        var sender: CarrierConfiguration.SenderAddress?
        if let senderAddressID {
            guard let found = account.senderAddresses.first(where: { $0.id == senderAddressID }) else {
                throw ManifestRefusal.unknownSenderAddress(senderAddressID)
            }
            sender = found
        }
        let records = try await store.manifest(
            account: account.username, from: bounds.from, to: bounds.to, senderAddressID: sender?.id)
        let rows = records.map { record in
            let recipient = record.storedShipment?.recipient
            let service = configuration.services.first { $0.value == record.service }?.name ?? record.service
            return ManifestCSV.Row(
                trackingCode: record.trackingCode, serviceName: service,
                recipient: LabelContent.Address(
                    name: recipient?.name ?? "", contactName: recipient?.contactname,
                    street: recipient?.address ?? "", street2: recipient?.address2,
                    zipcode: record.recipientPostcode(sent: recipient), city: recipient?.city ?? "",
                    region: recipient?.region, countryCode: record.recipientCountry(sent: recipient)),
                weightGrams: record.weightGrams, isReturn: record.isReturn)
        }
        return Manifest(account: account, senderAddress: sender, day: day, rows: rows)
    }
}
