import Hummingbird
import Logging
import Shipping
import Synchronization

/// One configuration as requests see it: made at start and at each reload, never changed afterwards.
public final class ConfigurationSnapshot: Sendable {
    /// The configuration.
    public let configuration: CarrierConfiguration
    /// The shipment flow of this configuration (on the server's one store).
    public let flow: ShipmentFlow
    let directory: AccountDirectory
    /// The webhooks by URL, for the deliverer (the first when a URL is listed twice).
    let webhooks: [String: CarrierConfiguration.Webhook]

    init(flow: ShipmentFlow) {
        self.configuration = flow.configuration
        self.flow = flow
        self.directory = AccountDirectory(accounts: flow.configuration.accounts)
        self.webhooks = Dictionary(
            flow.configuration.webhooks.map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// The server's current configuration, replaced as a whole by a reload (`SIGHUP`).
///
/// Every request reads the current snapshot once, when it arrives (``ConfigurationSnapshotMiddleware``),
/// and uses that snapshot to its end: a request in flight during a reload finishes with the configuration
/// it started with; requests arriving after it get the new one.
public final class LiveConfiguration: Sendable {
    @TaskLocal static var requestSnapshot: ConfigurationSnapshot?

    private let state: Mutex<ConfigurationSnapshot>
    private let logger: Logger

    /// The configuration of `flow`, replaceable later.
    public init(flow: ShipmentFlow, logger: Logger) {
        self.state = Mutex(ConfigurationSnapshot(flow: flow))
        self.logger = logger
    }

    /// The snapshot of the request being handled, or the latest one outside a request.
    public var current: ConfigurationSnapshot {
        Self.requestSnapshot ?? latest
    }

    /// The latest snapshot.
    public var latest: ConfigurationSnapshot {
        state.withLock { $0 }
    }

    /// Makes `configuration` the one of new requests (with a new flow on the same store) and of the webhooks
    /// (changes announced from now on go to its endpoints; the deliverer signs with its secrets) and returns
    /// the settings that changed but take effect only at a restart.
    @discardableResult
    public func replace(with configuration: CarrierConfiguration) -> [String] {
        let old = latest.configuration
        let store = latest.flow.store
        let flow = CarrierApplication.flow(configuration: configuration, store: store, logger: logger)
        let snapshot = ConfigurationSnapshot(flow: flow)
        state.withLock { $0 = snapshot }
        if let outbox = store.outbox { CarrierApplication.updateWebhooks(of: outbox, to: configuration) }
        return Self.restartOnlyChanges(from: old, to: configuration)
    }

    /// Settings that differ between `old` and `new` and are read only at start.
    static func restartOnlyChanges(from old: CarrierConfiguration, to new: CarrierConfiguration) -> [String] {
        var changed: [String] = []
        if old.server.host != new.server.host { changed.append("server.host") }
        if old.server.port != new.server.port { changed.append("server.port") }
        if old.server.plainHTTP != new.server.plainHTTP { changed.append("server.plain_http") }
        if old.databasePath != new.databasePath { changed.append("database.path") }
        if old.postgres != new.postgres { changed.append("database.url") }
        if old.server.tls?.certificatePath != new.server.tls?.certificatePath {
            changed.append("server.tls.certificate")
        }
        if old.server.tls?.privateKeyPath != new.server.tls?.privateKeyPath { changed.append("server.tls.private_key") }
        if old.server.minimumTLSVersion != new.server.minimumTLSVersion { changed.append("server.tls.minimum_version") }
        if old.server.tlsProfile != new.server.tlsProfile { changed.append("server.tls.profile") }
        if old.server.certificateReloadSeconds != new.server.certificateReloadSeconds {
            changed.append("server.tls.reload_interval_seconds")
        }
        if old.server.maxConcurrentLabels != new.server.maxConcurrentLabels {
            changed.append("server.max_concurrent_labels")
        }
        return changed
    }
}

/// First middleware of every request: fixes the configuration snapshot the request uses to its end.
struct ConfigurationSnapshotMiddleware: RouterMiddleware {
    typealias Context = CarrierRequestContext
    let live: LiveConfiguration

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        try await LiveConfiguration.$requestSnapshot.withValue(live.latest) {
            try await next(request, context)
        }
    }
}
