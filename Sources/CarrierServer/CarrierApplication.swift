import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCore
import Shipping

/// Builds the picqer-carrier HTTP(S) application from a validated configuration.
public enum CarrierApplication {
    /// The application: routes, authentication, error handling and the TLS (or, when the
    /// operator asked for it, plain HTTP) server.
    /// - Parameters:
    ///   - configuration: the validated operator configuration.
    ///   - store: where tracking codes and shipments are kept.
    ///   - logger: the server's logger.
    ///   - readiness: whether the store can serve now (`GET /health/ready`); always for an embedded store.
    public static func build(
        configuration: CarrierConfiguration, store: any ShipmentStore, logger: Logger,
        readiness: @escaping @Sendable () async -> Bool = { true }
    ) throws -> some ApplicationProtocol {
        try build(
            flow: flow(configuration: configuration, store: store, logger: logger), logger: logger,
            readiness: readiness)
    }

    /// The application around `flow` (whose configuration and store it serves); see
    /// ``build(configuration:store:logger:)``. Keep `flow` to read its counters, e.g.
    /// ``ShipmentFlow/failedStoreWrites``.
    public static func build(
        flow: ShipmentFlow, logger: Logger, readiness: @escaping @Sendable () async -> Bool = { true }
    ) throws -> some ApplicationProtocol {
        let configuration = flow.configuration
        let router = try buildRouter(flow: flow, readiness: readiness)
        let http1 = HTTP1Channel.Configuration(idleTimeout: .seconds(30))
        let server: HTTPServerBuilder
        if let files = configuration.server.tls, !configuration.server.plainHTTP {
            let tls = try TLSSetup.configuration(files: files, minimumVersion: configuration.server.minimumTLSVersion)
            server = try .tls(.http1(configuration: http1), tlsConfiguration: tls)
        } else {
            logger.warning("Serving plain HTTP: only run this behind a reverse proxy that terminates TLS")
            server = .http1(configuration: http1)
        }
        let retention = RetentionTask(
            store: flow.store, personalDataDays: configuration.retention.personalDataDays)
        return Application(
            router: router, server: server,
            configuration: .init(
                address: .hostname(configuration.server.host, port: configuration.server.port),
                serverName: "picqer-carrier"),
            onServerRunning: { channel in RetentionSchedule.start(retention, whileOpen: channel, logger: logger) },
            logger: logger)
    }

    /// The server's shipment flow on `store`, logging every failed store write to `logger` (tracking code and
    /// error type only).
    public static func flow(configuration: CarrierConfiguration, store: any ShipmentStore, logger: Logger)
        -> ShipmentFlow
    {
        ShipmentFlow(configuration: configuration, store: store) { failure in
            logger.error(
                "\(failure.description)",
                metadata: [
                    "tracking_code": "\(failure.trackingCode)", "write": "\(failure.write.rawValue)",
                    "error": "\(failure.errorType)",
                ])
        }
    }

    /// The routes of ``Route``, shared by the server and the tests; `readiness` answers `GET /health/ready`.
    public static func buildRouter(
        flow: ShipmentFlow, readiness: @escaping @Sendable () async -> Bool = { true }
    ) throws -> Router<CarrierRequestContext> {
        let configuration = flow.configuration
        let router = Router(context: CarrierRequestContext.self)
        router.add(middleware: PicqerErrorMiddleware())
        router.add(middleware: MethodGuardMiddleware())
        router.on(Route.health.routerPath, method: Route.health.method) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: #"{"status":"ok"}"#)))
        }
        router.on(Route.ready.routerPath, method: Route.ready.method) { _, _ in
            let ready = await readiness()
            return Response(
                status: ready ? .ok : .serviceUnavailable,
                headers: ready
                    ? [.contentType: "application/json"] : [.contentType: "application/json", .retryAfter: "5"],
                body: .init(
                    byteBuffer: ByteBuffer(
                        string: ready ? #"{"status":"ready"}"# : #"{"status":"database unavailable"}"#)))
        }
        let tracking = TrackingPage(configuration: configuration, store: flow.store)
        router.on(Route.trackingPage.routerPath, method: Route.trackingPage.method, use: tracking.show)

        let controller = ShipmentController(
            flow: flow, inFlight: InFlightLimit(limit: configuration.server.maxConcurrentLabels * 64))
        let picqer = router.group()
            .add(
                middleware: BasicAuthMiddleware(
                    authenticator: AccountAuthenticator(accounts: configuration.accounts),
                    realm: configuration.carrier.name))
        picqer.on(Route.configOptions.routerPath, method: Route.configOptions.method, use: controller.configOptions)
        picqer.on(Route.shipments.routerPath, method: Route.shipments.method, use: controller.createShipment)
        try OperatorAPIRoutes.register(on: router, service: OperatorAPIService(flow: flow))
        return router
    }
}
