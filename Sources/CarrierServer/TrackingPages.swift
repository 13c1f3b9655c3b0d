import Shipping
import Synchronization

/// The tracking page of the configuration a request sees: made (templates compiled, logo read) once per
/// configuration, again only after a reload.
final class TrackingPages: Sendable {
    private let cached = Mutex<(snapshot: ConfigurationSnapshot, page: TrackingPage)?>(nil)
    private let live: LiveConfiguration

    init(live: LiveConfiguration) {
        self.live = live
    }

    /// The page of the current request's configuration.
    func current() throws -> TrackingPage {
        let snapshot = live.current
        if let hit = cached.withLock({ $0 }), hit.snapshot === snapshot { return hit.page }
        let page = try TrackingPage(configuration: snapshot.configuration, store: snapshot.flow.store)
        cached.withLock { $0 = (snapshot, page) }
        return page
    }
}
