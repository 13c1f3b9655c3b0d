import Metrics

/// The server's own measurements, through swift-metrics (recorded by whatever metrics system the process
/// bootstrapped; nothing when none). Served in Prometheus format by ``MetricsEndpoint``. Metric objects
/// are made at each use: the factory returns the same series for the same name and dimensions.
enum CarrierMetrics {
    /// A label was answered to Picqer, in `format` (`A6` or `A4`), and how long drawing it took.
    static func labelMade(format: String, renderSeconds: Double) {
        Counter(label: "picqer_carrier_labels_total", dimensions: [("format", format)]).increment()
        Timer(label: "picqer_carrier_label_render_seconds", dimensions: [("format", format)])
            .recordNanoseconds(Int64(renderSeconds * 1e9))
    }

    /// A shipment was refused with 429/503 because its label missed the deadline.
    static func deadlineRefusal() {
        Counter(label: "picqer_carrier_deadline_refusals_total").increment()
    }

    /// A shipment was refused at once because too many labels were in progress.
    static func overloadRefusal() {
        Counter(label: "picqer_carrier_overload_refusals_total").increment()
    }

    /// Labels being made now.
    static func labelsInFlight(_ count: Int) {
        Gauge(label: "picqer_carrier_labels_in_flight").record(count)
    }

    /// Webhook deliveries pending in the store (due, waiting for a retry, or queued behind an earlier one of the
    /// same shipment): the backlog. On a shared database every instance reports the same number.
    static func webhookBacklog(_ count: Int) {
        Gauge(label: "picqer_carrier_webhook_backlog").record(count)
    }

    /// A request's credentials were refused: `scheme` is `basic` (Picqer) or `bearer` (operator API).
    static func authenticationFailure(scheme: String) {
        Counter(label: "picqer_carrier_auth_failures_total", dimensions: [("scheme", scheme)]).increment()
    }

    /// A login was refused without a password check, by reason (`address`, `username`, `queue`).
    static func loginThrottled(reason: String) {
        Counter(label: "picqer_carrier_login_throttled_total", dimensions: [("reason", reason)]).increment()
    }

    /// A bcrypt password check ran, and whether the password matched (`accepted`) or not (`rejected`, also a
    /// check of an unknown username). Logins with credentials remembered, refused without a check, or sharing
    /// the check of the same credentials add nothing.
    static func passwordCheck(accepted: Bool) {
        Counter(
            label: "picqer_carrier_password_checks_total", dimensions: [("outcome", accepted ? "accepted" : "rejected")]
        )
        .increment()
    }

    /// A webhook attempt failed: retried later, or given up (`gave_up`).
    static func webhookFailure(gaveUp: Bool) {
        Counter(label: "picqer_carrier_webhook_failures_total", dimensions: [("outcome", gaveUp ? "gave_up" : "retry")])
            .increment()
    }

    /// Scan events received, by outcome (`created`, `duplicate`, `rejected`).
    static func eventsIngested(_ count: Int, outcome: String) {
        guard count > 0 else { return }
        Counter(label: "picqer_carrier_events_total", dimensions: [("outcome", outcome)]).increment(by: count)
    }
}
