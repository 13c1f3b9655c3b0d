import Foundation
import Hummingbird
import Labels
import Logging
import NIOCore
import NIOPosix
import PicqerAPI
import Shipping
import Synchronization

/// Answers Picqer's two calls for the authenticated account.
struct ShipmentController: Sendable {
    let configuration: CarrierConfiguration
    let store: any ShipmentStore
    let inFlight: InFlightLimit

    /// `GET /picqer-integration/config-options`
    func configOptions(_ request: Request, context: CarrierRequestContext) async throws -> Response {
        let account = try requireAccount(context)
        let body = PicqerJSON.encode(ConfigOptionsResponse(options: AccountOptions.options(for: account)))
        return Self.json(body)
    }

    /// `POST /picqer-integration/shipments`
    func createShipment(_ request: Request, context: CarrierRequestContext) async throws -> Response {
        let account = try requireAccount(context)
        if let type = request.headers[.contentType]?.lowercased(), !type.isEmpty,
            !(type.hasPrefix("application/json") || type.contains("+json") || type.hasPrefix("text/plain"))
        {
            throw PicqerError(.unsupportedMediaType, [PicqerErrorMiddleware.message(for: .unsupportedMediaType)])
        }
        let buffer = try await request.body.collect(upTo: configuration.server.maxBodyBytes)
        let body = Array(buffer.readableBytesView)

        let plan: ShipmentPlan
        switch ShipmentIntake.plan(body: body, account: account) {
        case .success(let value): plan = value
        case .failure(.unreadable(let message)): throw PicqerError(.badRequest, [message])
        case .failure(.invalid(let messages)): throw PicqerError(.unprocessableContent, messages)
        }
        let language = plan.shipment.language

        guard inFlight.enter() else {
            context.logger.warning("Refused a shipment: too many labels in progress")
            throw Self.busy(language)
        }
        return try await issueAndRender(plan, body: body, language: language, logger: context.logger)
    }

    private func issueAndRender(
        _ plan: ShipmentPlan, body: [UInt8], language: Language, logger: Logger
    ) async throws -> Response {
        // The in-flight slot is held until the label is drawn — also when the answer has
        // already gone out after the deadline — so that late work still counts against the limit.
        var slotHandedOver = false
        defer { if !slotHandedOver { inFlight.leave() } }
        let started = ContinuousClock.now
        let shipment = plan.shipment
        let record: ShipmentRecord
        do {
            record = try await store.issue(
                NewShipment(
                    account: plan.account.username, service: plan.service.value, senderAddressID: plan.senderAddress.id,
                    reference: shipment.references.reference, orderID: shipment.references.orderID,
                    picklistID: shipment.references.picklistID, returnID: shipment.references.returnID,
                    isReturn: shipment.isReturn, zplDPI: plan.zplResolution.rawValue, requestBody: body),
                scheme: configuration.carrier.trackingCode)
        } catch ShipmentStoreError.serialsExhausted {
            logger.critical("The tracking-code scheme has no serial numbers left: configure a new prefix")
            throw PicqerError(
                .serviceUnavailable,
                ["The carrier cannot issue tracking codes at the moment. Please contact the carrier."])
        }

        let composer = LabelComposer(carrier: configuration.carrier)
        let date = LabelComposer.shippingDate()
        let label = composer.label(for: plan, trackingCode: record.trackingCode, shippingDate: date)
        let customs = composer.customs(for: plan, trackingCode: record.trackingCode, date: date)
        let remaining = configuration.server.requestDeadlineSeconds - (ContinuousClock.now - started).inSeconds
        let store = self.store
        let inFlight = self.inFlight
        slotHandedOver = true
        let (_, outcome) = await DeadlineRace.run(seconds: max(0.5, remaining)) {
            race -> Result<LabelDocuments, any Error> in
            defer { inFlight.leave() }
            var owned = false
            do {
                let documents = try await NIOThreadPool.singleton.runIfActive {
                    try LabelDocuments.render(label: label, customs: customs, zplResolution: plan.zplResolution)
                }
                // Too late: the deadline owns the shipment (and voids it); drop the label.
                guard race.claim() else { return .success(documents) }
                owned = true
                try await store.activate(id: record.id, labelFormat: documents.format)
                return .success(documents)
            } catch {
                if owned || race.claim() { try? await store.void(id: record.id) }
                return .failure(error)
            }
        }
        guard let outcome else {
            // The deadline claimed the shipment: the label, if it ever comes, is dropped.
            try? await store.void(id: record.id)
            logger.error("A label was not ready within the deadline; its shipment is void")
            throw Self.busy(language)
        }
        let documents: LabelDocuments
        switch outcome {
        case .success(let value): documents = value
        case .failure(let error):
            logger.error("A label could not be made; its shipment is void", metadata: ["error": "\(type(of: error))"])
            throw PicqerError(
                .unprocessableContent,
                language == .nl
                    ? [
                        "Het label kon niet worden gemaakt. Probeer het opnieuw; lukt het niet, neem contact op met de vervoerder."
                    ]
                    : ["The label could not be made. Please try again; if it keeps failing, contact the carrier."])
        }
        let response = ShipmentResponse(
            carrierKey: CarrierKey(rawValue: configuration.carrier.key), carrierName: configuration.carrier.name,
            trackingCode: record.trackingCode, trackingURL: label.trackingURL,
            format: documents.format == "A4" ? .a4 : .a6, pdf: documents.pdf, zpl: Array(documents.zpl.utf8))
        return Self.json(PicqerJSON.encode(response))
    }

    private func requireAccount(_ context: CarrierRequestContext) throws -> CarrierConfiguration.Account {
        guard let account = context.account else {
            throw PicqerError(.unauthorized, [PicqerErrorMiddleware.message(for: .unauthorized)])
        }
        return account
    }

    static func busy(_ language: Language) -> PicqerError {
        PicqerError(
            .tooManyRequests,
            language == .nl
                ? ["De vervoerder is even te druk om dit label te maken. Probeer het over een minuut opnieuw."]
                : ["The carrier is too busy to make this label right now. Please try again in a minute."],
            headers: [.retryAfter: "30"])
    }

    static func json(_ body: [UInt8]) -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}

/// Counts shipments in progress and refuses new ones above a limit, so that an overloaded
/// server answers quickly with "try again" instead of letting everything miss the deadline.
final class InFlightLimit: Sendable {
    private let count = Atomic<Int>(0)
    let limit: Int

    init(limit: Int) { self.limit = limit }

    func enter() -> Bool {
        let now = count.add(1, ordering: .relaxed).newValue
        if now > limit {
            count.subtract(1, ordering: .relaxed)
            return false
        }
        return true
    }

    func leave() { count.subtract(1, ordering: .relaxed) }
}
