import Foundation
import HTTPTypes
import Labels
import NIOPosix
import OpenAPIRuntime
import PicqerAPI
import Shipping

/// The operator API's handlers (the `APIProtocol` generated from `openapi.yaml`): the change
/// feed, one shipment, reprints, cancellation and scan events in. Errors are thrown as ``OperatorProblem``.
struct OperatorAPIService: APIProtocol {
    let live: LiveConfiguration

    /// The flow of the configuration the request started with.
    var flow: ShipmentFlow { live.current.flow }

    var configuration: CarrierConfiguration { flow.configuration }

    // MARK: Feed and detail

    func listShipments(_ input: Operations.ListShipments.Input) async throws -> Operations.ListShipments.Output {
        let page = try await feedPage(input.query)
        let shipments = page.records.compactMap(OperatorShipmentView(configuration: configuration).shipment(of:))
        return .ok(.init(body: .json(.init(shipments: shipments, nextCursor: page.nextCursor))))
    }

    /// The records of one change-feed page and the cursor that continues after it; bad parameters are
    /// refused (all named at once).
    func feedPage(_ query: Operations.ListShipments.Input.Query) async throws -> (
        records: [ShipmentRecord], nextCursor: String
    ) {
        var errors: [OperatorProblem.FieldError] = []
        var after: Int64 = 0
        if let cursor = query.after {
            if let sequence = FeedCursor.sequence(of: cursor) {
                after = sequence
            } else {
                errors.append(.init(parameter: "after", detail: "not a cursor this server gave out (use next_cursor)"))
            }
        }
        let limit = query.limit ?? 100
        if !(1...1000).contains(limit) {
            errors.append(.init(parameter: "limit", detail: "must be 1 to 1000, got \(limit)"))
        }
        guard errors.isEmpty else { throw OperatorProblem.badParameters(errors) }
        let records = try await flow.store.changes(after: after, limit: limit)
        return (records, FeedCursor.cursor(for: records.last?.sequence ?? after))
    }

    func getShipment(_ input: Operations.GetShipment.Input) async throws -> Operations.GetShipment.Output {
        let record = try await visibleRecord(input.path.trackingCode)
        return .ok(.init(body: .json(try view(record))))
    }

    // MARK: Reprint

    func getLabelPDF(_ input: Operations.GetLabelPDF.Input) async throws -> Operations.GetLabelPDF.Output {
        let composed = try await reprint(input.path.trackingCode)
        let pdf = try await NIOThreadPool.singleton.runIfActive { try LabelDocuments.pdf(of: composed) }
        return .ok(.init(body: .pdf(HTTPBody(pdf))))
    }

    func getLabelZPL(_ input: Operations.GetLabelZPL.Input) async throws -> Operations.GetLabelZPL.Output {
        let composed = try await reprint(input.path.trackingCode)
        let zpl = try await NIOThreadPool.singleton.runIfActive { try LabelDocuments.zpl(of: composed) }
        return .ok(.init(body: .plainText(HTTPBody(zpl))))
    }

    /// The label of a shipment composed again from its stored request, as on the day it was
    /// made: drawn, it gives the same bytes as answered to Picqer.
    private func reprint(_ code: String) async throws -> ComposedLabel {
        do {
            return try await flow.reprint(trackingCode: code)
        } catch let refusal as ReprintRefusal {
            switch refusal {
            case .notFound: throw OperatorProblem.notFound("No shipment has this tracking code.")
            case .void:
                throw OperatorProblem(
                    status: .conflict, detail: "This shipment is void: its label never reached Picqer.")
            case .erased:
                throw OperatorProblem(
                    status: .gone,
                    detail: "This shipment's personal data has been erased; its label cannot be made again.")
            case .accountGone(let account):
                throw OperatorProblem(status: .conflict, detail: "The account '\(account)' is no longer configured.")
            case .noLongerPlannable:
                throw OperatorProblem(
                    status: .conflict,
                    detail:
                        "The stored request no longer fits the account's configuration; the label cannot be made again."
                )
            }
        }
    }

    // MARK: Cancel

    func cancelShipment(_ input: Operations.CancelShipment.Input) async throws -> Operations.CancelShipment.Output {
        switch try await flow.store.cancel(trackingCode: input.path.trackingCode, at: Date()) {
        case .cancelled(let record), .alreadyCancelled(let record):
            return .ok(.init(body: .json(try view(record))))
        case .notCancellable(let record) where record.status == .active && record.trackingStatus != nil:
            throw OperatorProblem(
                status: .conflict,
                detail:
                    "This shipment can no longer be cancelled: the carrier has the parcel (tracking status \(record.trackingStatus?.rawValue ?? "")). Return it to the sender instead."
            )
        case .notCancellable(let record):
            throw OperatorProblem(
                status: .conflict,
                detail: record.status == .void
                    ? "This shipment is void: its label never reached Picqer, there is nothing to cancel."
                    : "This shipment cannot be cancelled in its state (\(record.status.rawValue)).")
        case .notFound:
            throw OperatorProblem.notFound("No shipment has this tracking code.")
        }
    }

    // MARK: Helpers

    /// The shipment with `code`, unless there is none or its label is still being made.
    private func visibleRecord(_ code: String) async throws -> ShipmentRecord {
        guard let record = try await flow.store.shipment(trackingCode: code), record.status != .pending else {
            throw OperatorProblem.notFound("No shipment has this tracking code.")
        }
        return record
    }

    private func view(_ record: ShipmentRecord) throws -> Components.Schemas.Shipment {
        guard let shipment = OperatorShipmentView(configuration: configuration).shipment(of: record) else {
            throw OperatorProblem.notFound("No shipment has this tracking code.")
        }
        return shipment
    }
}
