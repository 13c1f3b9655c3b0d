import Foundation
import HTTPTypes
import Labels
import NIOPosix
import OpenAPIRuntime
import Shipping

extension OperatorAPIService {
    func getManifestPDF(_ input: Operations.GetManifestPDF.Input) async throws -> Operations.GetManifestPDF.Output {
        let manifest = try await manifest(
            date: input.path.date, account: input.query.account, senderAddress: input.query.senderAddress)
        let content = manifest.content(carrierName: configuration.carrier.name)
        let pdf = try await NIOThreadPool.singleton.runIfActive { try ManifestRenderer().render(content) }
        return .ok(.init(body: .pdf(HTTPBody(pdf))))
    }

    func getManifestCSV(_ input: Operations.GetManifestCSV.Input) async throws -> Operations.GetManifestCSV.Output {
        let manifest = try await manifest(
            date: input.path.date, account: input.query.account, senderAddress: input.query.senderAddress)
        return .ok(.init(body: .csv(HTTPBody(ManifestCSV().render(manifest.rows)))))
    }

    /// The manifest, or the problem that names what is wrong with the request.
    private func manifest(date: String, account: String, senderAddress: Int?) async throws -> Manifest {
        do {
            return try await flow.manifest(day: date, account: account, senderAddressID: senderAddress)
        } catch ManifestRefusal.badDate(let day) {
            throw OperatorProblem.badParameters([
                .init(parameter: "date", detail: "expected a day as YYYY-MM-DD, got '\(day)'")
            ])
        } catch ManifestRefusal.unknownAccount(let name) {
            throw OperatorProblem.notFound("No account '\(name)' is configured.")
        } catch ManifestRefusal.unknownSenderAddress(let id) {
            throw OperatorProblem.notFound("The account has no sender address \(id).")
        }
    }
}
