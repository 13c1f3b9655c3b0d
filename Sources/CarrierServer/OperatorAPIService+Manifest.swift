import Foundation
import HTTPTypes
import Labels
import NIOPosix
import OpenAPIRuntime
import PicqerAPI
import Shipping

extension OperatorAPIService {
    func getManifestPDF(_ input: Operations.GetManifestPDF.Input) async throws -> Operations.GetManifestPDF.Output {
        let manifest = try await manifest(
            date: input.path.date, account: input.query.account, senderAddress: input.query.senderAddress)
        let content = ManifestContent(
            carrierName: configuration.carrier.name, accountName: manifest.account.displayName,
            accountUsername: manifest.account.username,
            senderAddress: manifest.sender.map {
                LabelContent.Address(
                    name: $0.name, street: $0.street, zipcode: $0.zipcode, city: $0.city, countryCode: $0.country)
            }, date: input.path.date, rows: manifest.rows.map(\.manifestRow))
        let pdf = try await NIOThreadPool.singleton.runIfActive { try ManifestRenderer().render(content) }
        return .ok(.init(body: .pdf(HTTPBody(pdf))))
    }

    func getManifestCSV(_ input: Operations.GetManifestCSV.Input) async throws -> Operations.GetManifestCSV.Output {
        let manifest = try await manifest(
            date: input.path.date, account: input.query.account, senderAddress: input.query.senderAddress)
        return .ok(.init(body: .csv(HTTPBody(ManifestCSV().render(manifest.rows)))))
    }

    /// The parcels of `account` (and `senderAddress`) created on `date` in Europe/Amsterdam,
    /// not void or cancelled; every bad parameter named at once.
    private func manifest(date: String, account username: String, senderAddress: Int?) async throws -> (
        account: CarrierConfiguration.Account, sender: CarrierConfiguration.SenderAddress?, rows: [ManifestCSV.Row]
    ) {
        var errors: [OperatorProblem.FieldError] = []
        let bounds = AmsterdamDay.bounds(of: date)
        if bounds == nil {
            errors.append(.init(parameter: "date", detail: "expected a day as YYYY-MM-DD, got '\(date)'"))
        }
        guard errors.isEmpty, let bounds else { throw OperatorProblem.badParameters(errors) }
        guard let account = configuration.accounts.first(where: { $0.username == username }) else {
            throw OperatorProblem.notFound("No account '\(username)' is configured.")
        }
        var sender: CarrierConfiguration.SenderAddress?
        if let senderAddress {
            guard let found = account.senderAddresses.first(where: { $0.id == senderAddress }) else {
                throw OperatorProblem.notFound("The account has no sender address \(senderAddress).")
            }
            sender = found
        }
        let records = try await flow.store.manifest(
            account: account.username, from: bounds.from, to: bounds.to, senderAddressID: sender?.id)
        let rows = records.map { record in
            let recipient = record.requestBody.flatMap { try? ShipmentRequestDecoding.decode($0).get() }?.shipment
                .recipient
            let service = configuration.services.first { $0.value == record.service }?.name ?? record.service
            return ManifestCSV.Row(
                trackingCode: record.trackingCode, serviceName: service,
                recipient: LabelContent.Address(
                    name: recipient?.name ?? "", contactName: recipient?.contactname,
                    street: recipient?.address ?? "", street2: recipient?.address2,
                    zipcode: recipient?.zipcode ?? record.recipientPostcode, city: recipient?.city ?? "",
                    region: recipient?.region, countryCode: recipient?.country?.uppercased() ?? record.recipientCountry),
                weightGrams: record.weightGrams, isReturn: record.isReturn)
        }
        return (account, sender, rows)
    }
}
