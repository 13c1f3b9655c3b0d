import Foundation
import Labels
import PicqerAPI
import Synchronization

/// The one way a shipment request becomes a label, used by the server and by `picqer-carrier render`:
/// decode → validate and plan (``plan(body:account:)``) → issue a tracking code (``issue(_:body:date:)``) →
/// compose → render (``render(_:)``) → deliver (``deliver(_:documents:)``) or void (``void(_:)``).
///
/// The steps are separate so that the server can race rendering against its deadline; ``make(body:account:date:)``
/// runs them all in order for callers without a deadline. A failed store write after a code was issued never
/// goes unnoticed: it is counted (``failedStoreWrites``) and reported (without personal data) to the handler
/// given at creation.
public final class ShipmentFlow: Sendable {
    /// The carrier's configuration.
    public let configuration: CarrierConfiguration
    /// Where tracking codes and shipments are kept.
    public let store: any ShipmentStore
    private let composer: LabelComposer
    private let failedWrites = Atomic<Int>(0)
    private let reportStoreFailure: @Sendable (StoreWriteFailure) -> Void

    /// Creates the flow of `configuration` on `store`.
    /// - Parameter reportStoreFailure: called for every failed store write (the server logs it).
    public init(
        configuration: CarrierConfiguration, store: any ShipmentStore,
        reportStoreFailure: @escaping @Sendable (StoreWriteFailure) -> Void
    ) {
        self.configuration = configuration
        self.store = store
        self.composer = LabelComposer(carrier: configuration.carrier)
        self.reportStoreFailure = reportStoreFailure
    }

    /// How many store writes (activate, void) failed since the flow was made.
    public var failedStoreWrites: Int { failedWrites.load(ordering: .relaxed) }

    /// Decodes `body`, validates it against `account` and plans it, reporting every problem at once.
    public func plan(body: [UInt8], account: CarrierConfiguration.Account) -> Result<
        ShipmentPlan, ShipmentIntake.Refusal
    > {
        ShipmentIntake.plan(body: body, account: account)
    }

    /// Issues the tracking code of `plan` durably (the shipment is stored as pending with the request `body`)
    /// and composes its documents, dated `date`.
    ///
    /// The stored recipient country and postcode are the shop customer's as given in the request, also for a
    /// return (whose parcel goes to the sender address): they tell the carrier where the customer's end is.
    /// - Throws: ``ShipmentStoreError/serialsExhausted`` when the scheme has no codes left, or the store's error.
    public func issue(_ plan: ShipmentPlan, body: [UInt8], date: Date = Date()) async throws -> IssuedShipment {
        let shipment = plan.shipment
        let record = try await store.issue(
            NewShipment(
                account: plan.account.username, service: plan.service.value, senderAddressID: plan.senderAddress.id,
                reference: shipment.references.reference, orderID: shipment.references.orderID,
                picklistID: shipment.references.picklistID, returnID: shipment.references.returnID,
                isReturn: shipment.isReturn, zplDPI: plan.zplResolution.rawValue, weightGrams: shipment.weightGrams,
                recipientCountry: shipment.recipient.country, recipientPostcode: shipment.recipient.zipcode,
                requestBody: body),
            scheme: configuration.carrier.trackingCode)
        return IssuedShipment(
            record: record, composed: compose(plan, trackingCode: record.trackingCode, date: date))
    }

    /// The documents of `plan` with a tracking code issued elsewhere (e.g. one an operator typed for a
    /// reprint), dated `date` (the day in the Netherlands).
    public func compose(_ plan: ShipmentPlan, trackingCode: String, date: Date = Date()) -> ComposedLabel {
        composer.compose(plan, trackingCode: trackingCode, shippingDate: LabelComposer.shippingDate(date))
    }

    /// Draws the PDF and ZPL of `composed`. Blocking C work: call it off the cooperative thread pool.
    public func render(_ composed: ComposedLabel) throws -> LabelDocuments {
        try LabelDocuments.render(composed)
    }

    /// Marks `issued` active with the format of its `documents`: the label has been delivered.
    /// - Throws: the store's error, after counting and reporting it.
    public func deliver(_ issued: IssuedShipment, documents: LabelDocuments) async throws {
        do {
            try await store.activate(id: issued.record.id, labelFormat: documents.format)
        } catch {
            recordFailure(.activate, of: issued, error: error)
            throw error
        }
    }

    /// Marks `issued` void: its label was not delivered and its code is never used again. A failure is counted
    /// and reported, not thrown: the caller has already decided its answer.
    public func void(_ issued: IssuedShipment) async {
        do {
            try await store.void(id: issued.record.id)
        } catch {
            recordFailure(.void, of: issued, error: error)
        }
    }

    /// Runs every step in order, without a deadline: plan, issue, render, deliver (or void when rendering
    /// fails).
    /// - Throws: ``ShipmentIntake/Refusal`` when the request cannot be planned; otherwise the store's or the
    ///   renderer's error.
    public func make(body: [UInt8], account: CarrierConfiguration.Account, date: Date = Date()) async throws
        -> (shipment: IssuedShipment, documents: LabelDocuments)
    {
        let plan = try plan(body: body, account: account).get()
        let issued = try await issue(plan, body: body, date: date)
        let documents: LabelDocuments
        do {
            documents = try render(issued.composed)
        } catch {
            await void(issued)
            throw error
        }
        try await deliver(issued, documents: documents)
        return (issued, documents)
    }

    /// Picqer's answer for a delivered shipment.
    public func answer(for issued: IssuedShipment, documents: LabelDocuments) -> ShipmentResponse {
        ShipmentResponse(
            carrierKey: CarrierKey(rawValue: configuration.carrier.key), carrierName: configuration.carrier.name,
            trackingCode: issued.trackingCode, trackingURL: issued.trackingURL, format: documents.format,
            pdf: documents.pdf, zpl: Array(documents.zpl.utf8))
    }

    private func recordFailure(_ write: StoreWriteFailure.Write, of issued: IssuedShipment, error: any Error) {
        failedWrites.add(1, ordering: .relaxed)
        reportStoreFailure(
            StoreWriteFailure(write: write, trackingCode: issued.trackingCode, errorType: "\(type(of: error))"))
    }
}
