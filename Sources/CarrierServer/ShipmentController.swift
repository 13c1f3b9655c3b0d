import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import PicqerAPI
import Shipping

/// Answers Picqer's two calls for the authenticated account: maps HTTP to the ``ShipmentFlow`` and back
/// (status codes, headers, Picqer's error shape) and holds the request to its deadline, counted from the
/// arrival of the request head: authentication, the body (408 when it does not arrive in time) and the label.
struct ShipmentController: Sendable {
    let live: LiveConfiguration
    let inFlight: InFlightLimit

    /// The flow of the configuration the request started with.
    private var flow: ShipmentFlow { live.current.flow }
    private var server: CarrierConfiguration.Server { flow.configuration.server }

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
        let body = try await Self.collectBody(
            of: request, upTo: server.maxBodyBytes,
            within: context.secondsLeft(of: server.requestDeadlineSeconds), logger: context.logger)

        let plan: ShipmentPlan
        switch flow.plan(body: body, account: account) {
        case .success(let value): plan = value
        case .failure(.unreadable(let message)): throw PicqerError(.badRequest, [message])
        case .failure(.invalid(let messages)): throw PicqerError(.unprocessableContent, messages)
        }
        let language = plan.shipment.language

        guard inFlight.enter() else {
            context.logger.warning("Refused a shipment: too many labels in progress")
            CarrierMetrics.overloadRefusal()
            throw Self.busy(language)
        }
        return try await issueAndRender(plan, body: body, language: language, context: context)
    }

    /// The request body, read within `seconds`; a body that has not fully arrived by then is a 408 (and the
    /// connection is closed: the rest of the body is not waited for).
    static func collectBody(
        of request: Request, upTo limit: Int, within seconds: Double, logger: Logger
    ) async throws -> [UInt8] {
        struct TimedOut: Error {}
        let body = request.body
        do {
            return try await withThrowingTaskGroup(of: [UInt8].self) { group in
                group.addTask {
                    let buffer = try await body.collect(upTo: limit)
                    return Array(buffer.readableBytesView)
                }
                group.addTask {
                    try await Task.sleep(for: .seconds(max(0, seconds)))
                    throw TimedOut()
                }
                defer { group.cancelAll() }
                return try await group.next()!
            }
        } catch is TimedOut {
            logger.warning("Refused a shipment: its body did not arrive within the deadline")
            throw PicqerError(
                .requestTimeout,
                [
                    "The request body did not arrive in time. Please try again; if it keeps happening, check the connection to the carrier."
                ], headers: [.connection: "close"])
        }
    }

    private func issueAndRender(
        _ plan: ShipmentPlan, body: [UInt8], language: Language, context: CarrierRequestContext
    ) async throws -> Response {
        let logger = context.logger
        // The in-flight slot is held until the label is drawn — also when the answer has
        // already gone out after the deadline — so that late work still counts against the limit.
        var slotHandedOver = false
        defer { if !slotHandedOver { inFlight.leave() } }
        let issued: IssuedShipment
        do {
            issued = try await flow.issue(plan, body: body)
        } catch ShipmentStoreError.serialsExhausted {
            logger.critical("The tracking-code scheme has no serial numbers left: configure a new prefix")
            throw PicqerError(
                .serviceUnavailable,
                ["The carrier cannot issue tracking codes at the moment. Please contact the carrier."])
        }

        let remaining = context.secondsLeft(of: server.requestDeadlineSeconds)
        let flow = self.flow
        let inFlight = self.inFlight
        slotHandedOver = true
        let (_, outcome) = await DeadlineRace.run(seconds: max(0.5, remaining)) {
            race -> Result<LabelDocuments, any Error> in
            defer { inFlight.leave() }
            var owned = false
            do {
                let renderStart = ContinuousClock.now
                let documents = try await NIOThreadPool.singleton.runIfActive { try flow.render(issued.composed) }
                CarrierMetrics.labelMade(
                    format: issued.composed.format.rawValue,
                    renderSeconds: (ContinuousClock.now - renderStart).inSeconds)
                // Too late: the deadline owns the shipment (and voids it); drop the label.
                guard race.claim() else { return .success(documents) }
                owned = true
                try await flow.deliver(issued, documents: documents)
                return .success(documents)
            } catch {
                if owned || race.claim() { await flow.void(issued) }
                return .failure(error)
            }
        }
        guard let outcome else {
            // The deadline claimed the shipment: the label, if it ever comes, is dropped.
            await flow.void(issued)
            CarrierMetrics.deadlineRefusal()
            logger.error(
                "A label was not ready within the deadline; voiding its shipment",
                metadata: ["tracking_code": "\(issued.trackingCode)"])
            throw Self.busy(language)
        }
        let documents: LabelDocuments
        switch outcome {
        case .success(let value): documents = value
        case .failure(let error):
            logger.error(
                "A label could not be made; voiding its shipment",
                metadata: ["tracking_code": "\(issued.trackingCode)", "error": "\(type(of: error))"])
            throw PicqerError(
                .unprocessableContent,
                language == .nl
                    ? [
                        "Het label kon niet worden gemaakt. Probeer het opnieuw; lukt het niet, neem contact op met de vervoerder."
                    ]
                    : ["The label could not be made. Please try again; if it keeps failing, contact the carrier."])
        }
        return Self.json(PicqerJSON.encode(flow.answer(for: issued, documents: documents)))
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
