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
        let router = buildRouter(configuration: configuration, store: store)
        let http1 = HTTP1Channel.Configuration(idleTimeout: .seconds(30))
        let server: HTTPServerBuilder
        if let files = configuration.server.tls, !configuration.server.plainHTTP {
            let tls = try TLSSetup.configuration(files: files, minimumVersion: configuration.server.minimumTLSVersion)
            server = try .tls(.http1(configuration: http1), tlsConfiguration: tls)
        } else {
            logger.warning("Serving plain HTTP: only run this behind a reverse proxy that terminates TLS")
            server = .http1(configuration: http1)
        }
        return Application(
            router: router, server: server,
            configuration: .init(
                address: .hostname(configuration.server.host, port: configuration.server.port),
                serverName: "picqer-carrier"),
            logger: logger)
    }

    /// The routes, shared by the server and the tests.
    public static func buildRouter(
        configuration: CarrierConfiguration, store: any ShipmentStore
    ) -> Router<CarrierRequestContext> {
        let router = Router(context: CarrierRequestContext.self)
        router.add(middleware: PicqerErrorMiddleware())
        router.add(middleware: MethodGuardMiddleware())
        router.get("health") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: #"{"status":"ok"}"#)))
        }
        let tracking = TrackingPage(configuration: configuration, store: store)
        router.get("track/:code", use: tracking.show)

        let controller = ShipmentController(
            configuration: configuration, store: store,
            inFlight: InFlightLimit(limit: configuration.server.maxConcurrentLabels * 64))
        let picqer = router.group("picqer-integration")
            .add(
                middleware: BasicAuthMiddleware(
                    authenticator: AccountAuthenticator(accounts: configuration.accounts),
                    realm: configuration.carrier.name))
        picqer.get("config-options", use: controller.configOptions)
        picqer.post("shipments", use: controller.createShipment)
        return router
    }
}
