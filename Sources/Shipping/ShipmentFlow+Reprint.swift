import Foundation
import PicqerAPI

/// Why a shipment's label cannot be made again.
public enum ReprintRefusal: Error, Sendable, Equatable {
    /// No shipment has this tracking code (or its label is still being made).
    case notFound
    /// The label never reached Picqer.
    case void
    /// The retention period erased the request the label is drawn from.
    case erased
    /// The account that sent it is no longer configured.
    case accountGone(String)
    /// The stored request no longer fits the account's configuration (e.g. a removed service).
    case noLongerPlannable
}

extension ShipmentFlow {
    /// The label of the shipment with `trackingCode`, composed again from its stored request as
    /// on the day it was made; rendering it gives the same bytes as were answered to Picqer.
    /// - Throws: ``ReprintRefusal``, or the store's error.
    public func reprint(trackingCode: String) async throws -> ComposedLabel {
        guard let record = try await store.shipment(trackingCode: trackingCode), record.status != .pending else {
            throw ReprintRefusal.notFound
        }
        guard record.status != .void else { throw ReprintRefusal.void }
        guard let body = record.requestBody, !record.personalDataErased else { throw ReprintRefusal.erased }
        guard let account = configuration.accounts.first(where: { $0.username == record.account }) else {
            throw ReprintRefusal.accountGone(record.account)
        }
        guard case .success(let plan) = plan(body: body, account: account) else {
            throw ReprintRefusal.noLongerPlannable
        }
        return compose(plan, trackingCode: record.trackingCode, date: record.createdAt)
    }
}
