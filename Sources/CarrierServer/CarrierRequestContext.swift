import Hummingbird
import Shipping

/// Per-request state: Hummingbird's core storage plus the authenticated account.
public struct CarrierRequestContext: RequestContext {
    /// Hummingbird's request storage (logger with request id, parameters, …).
    public var coreContext: CoreRequestContextStorage
    /// The account the Basic credentials belong to, once authenticated.
    public var account: CarrierConfiguration.Account?
    /// The operator whose Bearer token was accepted, on the operator API.
    public var operatorName: String?

    /// Creates the context of a new request.
    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.account = nil
        self.operatorName = nil
    }
}
