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
    public static func build(
        configuration: CarrierConfiguration, store: any ShipmentStore, logger: Logger
    ) throws -> some ApplicationProtocol {
        try build(flow: flow(configuration: configuration, store: store, logger: logger), logger: logger)
    }

    /// The application around `flow` (whose configuration and store it serves); see
    /// ``build(configuration:store:logger:)``. Keep `flow` to read its counters, e.g.
    /// ``ShipmentFlow/failedStoreWrites``. When the flow's store has a webhook outbox, its notifications are
    /// delivered by `webhookDelivery` while the server runs.
    public static func build(
        flow: ShipmentFlow, logger: Logger, webhookDelivery: WebhookDeliveryPolicy = .standard
    ) throws -> some ApplicationProtocol {
        let configuration = flow.configuration
        let router = try buildRouter(flow: flow)
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
        let deliverer = flow.store.outbox.map { outbox in
            WebhookDeliverer(
                store: flow.store, outbox: outbox, webhooks: configuration.webhooks, policy: webhookDelivery,
                logger: logger)
        }
        var application = Application(
            router: router, server: server,
            configuration: .init(
                address: .hostname(configuration.server.host, port: configuration.server.port),
                serverName: "picqer-carrier"),
            onServerRunning: { channel in
                RetentionSchedule.start(retention, whileOpen: channel, logger: logger)
                if let deliverer { WebhookSchedule.start(deliverer, whileOpen: channel) }
            },
            logger: logger)
        if let metrics = configuration.metrics {
            application.addServices(MetricsEndpoint.application(settings: metrics, logger: logger))
        }
        return application
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

    /// The routes of ``Route``, shared by the server and the tests.
    public static func buildRouter(flow: ShipmentFlow) throws -> Router<CarrierRequestContext> {
        let configuration = flow.configuration
        let router = Router(context: CarrierRequestContext.self)
        // Outermost: requests by route, method and status with their durations (recorded only when the
        // process bootstrapped a metrics system, see MetricsEndpoint).
        router.add(middleware: MetricsMiddleware())
        router.add(middleware: PicqerErrorMiddleware())
        router.add(middleware: MethodGuardMiddleware())
        router.on(Route.health.routerPath, method: Route.health.method) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: #"{"status":"ok"}"#)))
        }
        let tracking = try TrackingPage(configuration: configuration, store: flow.store)
        let trackingRoutes: [(Route, @Sendable (Request, CarrierRequestContext) async throws -> Response)] = [
            (.trackingPage, tracking.show), (.trackingStyle, tracking.styleSheet), (.trackingLogo, tracking.logoImage),
        ]
        for (route, handler) in trackingRoutes {
            router.on(route.routerPath, method: route.method, use: handler)
            // HEAD: the same status and headers (Content-Length included), no body.
            router.on(route.routerPath, method: .head) { request, context in
                try await handler(request, context).createHeadResponse()
            }
        }

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
