import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCertificateReloading
import NIOCore
import ServiceLifecycle
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
    /// ``ShipmentFlow/failedStoreWrites``. When the flow's store has a webhook outbox, its notifications are
    /// delivered by `webhookDelivery` while the server runs; `readiness` answers `GET /health/ready`.
    public static func build(
        flow: ShipmentFlow, logger: Logger, webhookDelivery: WebhookDeliveryPolicy = .standard,
        readiness: @escaping @Sendable () async -> Bool = { true }
    ) throws -> some ApplicationProtocol {
        try build(
            live: LiveConfiguration(flow: flow, logger: logger), logger: logger, webhookDelivery: webhookDelivery,
            readiness: readiness)
    }

    /// The application serving `live`'s configuration, whichever it is when a request arrives.
    ///
    /// With TLS, the certificate files are looked at again every `server.tls.reload_interval_seconds`
    /// (a service of the application). With `configurationPath`, `SIGHUP` reloads that file into `live` and
    /// the certificate files at once (``ConfigurationReloader``). When the store has a webhook outbox, its
    /// notifications are delivered by `webhookDelivery` to the webhooks `live` holds at each attempt; with
    /// `metrics.listen`, Prometheus metrics are served there (``MetricsEndpoint``); `readiness` answers
    /// `GET /health/ready` (the database can be used).
    public static func build(
        live: LiveConfiguration, logger: Logger, configurationPath: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        webhookDelivery: WebhookDeliveryPolicy = .standard,
        readiness: @escaping @Sendable () async -> Bool = { true }
    ) throws -> Application<RouterResponder<CarrierRequestContext>> {
        let configuration = live.latest.configuration
        let router = try buildRouter(live: live, logger: logger, readiness: readiness)
        let http1 = HTTP1Channel.Configuration(idleTimeout: .seconds(30))
        let server: HTTPServerBuilder
        var services: [any Service] = []
        var certificates: TimedCertificateReloader?
        if let files = configuration.server.tls, !configuration.server.plainHTTP {
            var tls = try TLSSetup.configuration(
                files: files, minimumVersion: configuration.server.minimumTLSVersion,
                profile: configuration.server.tlsProfile)
            let reloader = try TLSSetup.reloader(
                files: files, interval: .seconds(configuration.server.certificateReloadSeconds), logger: logger)
            tls.setCertificateReloader(reloader)
            certificates = reloader
            services.append(reloader)
            if configuration.server.minimumTLSVersion == .v1_1 {
                logger.warning(
                    "TLS 1.1 is accepted (server.tls.minimum_version: \"1.1\"): it has no AEAD cipher suites; raise it to 1.2 as soon as the clients allow"
                )
            }
            server = try .tls(.http1(configuration: http1), tlsConfiguration: tls)
        } else {
            logger.warning("Serving plain HTTP: only run this behind a reverse proxy that terminates TLS")
            server = .http1(configuration: http1)
        }
        if let configurationPath {
            services.append(
                ConfigurationReloader(
                    path: configurationPath, live: live, certificates: certificates, environment: environment,
                    logger: logger))
        }
        let retention = RetentionTask(
            store: live.latest.flow.store, personalDataDays: { live.latest.configuration.retention.personalDataDays })
        let store = live.latest.flow.store
        let deliverer = store.outbox.map { outbox in
            WebhookDeliverer(store: store, outbox: outbox, live: live, policy: webhookDelivery, logger: logger)
        }
        var application = Application(
            router: router, server: server,
            configuration: .init(
                address: .hostname(configuration.server.host, port: configuration.server.port),
                serverName: "picqer-carrier"),
            services: services,
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
        ShipmentFlow(configuration: configuration, store: MeasuredShipmentStore.wrapping(store)) { failure in
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
        try buildRouter(
            live: LiveConfiguration(flow: flow, logger: Logger(label: "picqer-carrier")), logger: nil,
            readiness: readiness)
    }

    static func buildRouter(
        live: LiveConfiguration, logger: Logger?, readiness: @escaping @Sendable () async -> Bool = { true }
    ) throws -> Router<CarrierRequestContext> {
        let configuration = live.latest.configuration
        let router = Router(context: CarrierRequestContext.self)
        // Outermost: requests by route, method and status with their durations (recorded only when the
        // process bootstrapped a metrics system, see MetricsEndpoint).
        router.add(middleware: MetricsMiddleware())
        router.add(middleware: ConfigurationSnapshotMiddleware(live: live))
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
        let pages = TrackingPages(live: live)
        _ = try pages.current()  // the templates compile (a programming error otherwise)
        let trackingRoutes:
            [(Route, @Sendable (TrackingPage, Request, CarrierRequestContext) async throws -> Response)] = [
                (.trackingPage, { try await $0.show($1, context: $2) }),
                (.trackingStyle, { try await $0.styleSheet($1, context: $2) }),
                (.trackingLogo, { try await $0.logoImage($1, context: $2) }),
            ]
        for (route, handler) in trackingRoutes {
            router.on(route.routerPath, method: route.method) { request, context in
                try await handler(try pages.current(), request, context)
            }
            // HEAD: the same status and headers (Content-Length included), no body.
            router.on(route.routerPath, method: .head) { request, context in
                try await handler(try pages.current(), request, context).createHeadResponse()
            }
        }

        let throttle = LoginThrottle(logger: logger ?? Logger(label: "picqer-carrier"))
        let controller = ShipmentController(
            live: live, inFlight: InFlightLimit(limit: configuration.server.maxConcurrentLabels * 64))
        let picqer = router.group()
            .add(middleware: BasicAuthMiddleware(authenticator: AccountAuthenticator(throttle: throttle), live: live))
        picqer.on(Route.configOptions.routerPath, method: Route.configOptions.method, use: controller.configOptions)
        picqer.on(Route.shipments.routerPath, method: Route.shipments.method, use: controller.createShipment)
        try OperatorAPIRoutes.register(on: router, service: OperatorAPIService(live: live), throttle: throttle)
        return router
    }
}
