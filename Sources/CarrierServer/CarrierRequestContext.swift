import Hummingbird
import NIOCore
import Shipping

/// Per-request state: Hummingbird's core storage plus the authenticated account.
public struct CarrierRequestContext: RequestContext {
    /// Hummingbird's request storage (logger with request id, parameters, …).
    public var coreContext: CoreRequestContextStorage
    /// The account the Basic credentials belong to, once authenticated.
    public var account: CarrierConfiguration.Account?
    /// The operator whose Bearer token was accepted, on the operator API.
    public var operatorName: String?
    /// When the request head arrived: the request deadline counts from here (authentication, body and label).
    public let receivedAt: ContinuousClock.Instant
    /// The socket peer of the connection (a reverse proxy, when there is one).
    public let peerAddress: SocketAddress?

    /// Creates the context of a new request (when its head has arrived, before its body).
    public init(source: ApplicationRequestContextSource) {
        self.receivedAt = .now
        self.coreContext = .init(source: source)
        self.account = nil
        self.operatorName = nil
        self.peerAddress = source.channel.remoteAddress
    }

    /// Seconds left of a deadline of `seconds` counted from the request head's arrival (negative when past).
    func secondsLeft(of seconds: Double) -> Double {
        seconds - (ContinuousClock.now - receivedAt).inSeconds
    }
}
