import Hummingbird
import Logging
import Metrics
import NIOCore
import Prometheus
import Shipping
import Synchronization

/// Prometheus metrics of this process on their own plain-HTTP listener (`metrics.listen`): `GET /metrics`
/// in the text exposition format. Kept off the public TLS port, for a scraper on the same machine or
/// network.
public enum MetricsEndpoint {
    private static let bootstrapped = Mutex<PrometheusCollectorRegistry?>(nil)

    /// The registry every metric of the process goes to; the first call makes it and bootstraps swift-metrics
    /// with it (once per process, as swift-metrics requires).
    public static func registry() -> PrometheusCollectorRegistry {
        bootstrapped.withLock { registry in
            if let registry { return registry }
            let made = PrometheusCollectorRegistry()
            MetricsSystem.bootstrap(PrometheusNaming(registry: made))
            registry = made
            return made
        }
    }

    /// The metrics listener of `settings`, serving ``registry()``.
    public static func application(settings: CarrierConfiguration.Metrics, logger: Logger) -> some ApplicationProtocol {
        let registry = registry()
        let router = Router()
        router.get("/metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
        return Application(
            router: router,
            configuration: .init(
                address: .hostname(settings.host, port: settings.port), serverName: "picqer-carrier-metrics"),
            logger: logger)
    }
}
