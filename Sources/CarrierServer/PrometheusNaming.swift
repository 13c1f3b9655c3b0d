import CoreMetrics
import Prometheus

/// The swift-metrics factory of ``MetricsEndpoint``: hands every metric to a Prometheus registry under a
/// name Prometheus' conventions accept (`promtool check metrics` passes): characters other than letters,
/// digits, `_` and `:` become `_`, counters end in `_total`, timers in `_seconds`, and every metric has a
/// help line.
struct PrometheusNaming: MetricsFactory {
    let registry: PrometheusCollectorRegistry

    /// Help texts of the metrics this server records (Hummingbird's and ours); others get a generic one.
    static let help: [String: String] = [
        "hb_requests_total": "HTTP requests answered, by route, method and status.",
        "hb_request_errors_total": "HTTP requests that ended in an error, by route, method and error.",
        "http_server_request_duration_seconds": "Time to answer an HTTP request, by route, method and status.",
        "http_server_active_requests": "HTTP requests being answered now, by method.",
        "picqer_carrier_labels_total": "Labels answered to Picqer, by format (A6 or A4 with customs papers).",
        "picqer_carrier_label_render_seconds": "Time to draw a label's PDF and ZPL, by format.",
        "picqer_carrier_labels_in_flight": "Labels being made now.",
        "picqer_carrier_deadline_refusals_total": "Shipments refused because their label missed the deadline.",
        "picqer_carrier_overload_refusals_total": "Shipments refused at once because too many labels were in progress.",
        "picqer_carrier_auth_failures_total": "Requests whose credentials were refused, by scheme (basic, bearer).",
        "picqer_carrier_store_operation_seconds": "Time of each store (database) operation, by operation.",
        "picqer_carrier_events_total": "Scan events received, by outcome (created, duplicate, rejected).",
        "picqer_carrier_login_throttled_total":
            "Logins refused without a password check, by reason (address, username, queue).",
        "picqer_carrier_password_checks_total":
            "bcrypt password checks run, by outcome (accepted, rejected); logins sharing a check count once.",
        "picqer_carrier_webhook_failures_total": "Failed webhook attempts, by outcome (retry, gave_up).",
        "picqer_carrier_webhook_backlog":
            "Webhook deliveries pending in the database (due, waiting for a retry or behind an earlier one).",
    ]

    static let durationBuckets: [Duration] = [
        .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
        .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
        .milliseconds(2500), .seconds(5), .seconds(10), .seconds(20),
    ]

    static let valueBuckets: [Double] = [1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000]

    /// `name` with only the characters Prometheus allows, ending in `suffix` (when one is given).
    static func name(_ name: String, suffix: String = "") -> String {
        var clean = String(
            name.unicodeScalars.map { scalar -> Character in
                switch scalar {
                case "a"..."z", "A"..."Z", "0"..."9", "_", ":": return Character(scalar)
                default: return "_"
                }
            })
        if !suffix.isEmpty, !clean.hasSuffix(suffix) { clean += suffix }
        return clean
    }

    private func descriptor(_ label: String, suffix: String = "") -> MetricNameDescriptor {
        let name = Self.name(label, suffix: suffix)
        return MetricNameDescriptor(
            metricName: name, unitName: "", helpText: Self.help[name] ?? "\(name) (recorded by picqer-carrier).")
    }

    private func labels(_ dimensions: [(String, String)]) -> [(String, String)] {
        dimensions.map { (Self.name($0.0), $0.1) }
    }

    func makeCounter(label: String, dimensions: [(String, String)]) -> any CounterHandler {
        registry.makeCounter(descriptor: descriptor(label, suffix: "_total"), labels: labels(dimensions))
    }

    func makeFloatingPointCounter(label: String, dimensions: [(String, String)]) -> any FloatingPointCounterHandler {
        registry.makeCounter(descriptor: descriptor(label, suffix: "_total"), labels: labels(dimensions))
    }

    func makeRecorder(label: String, dimensions: [(String, String)], aggregate: Bool) -> any RecorderHandler {
        guard aggregate else { return registry.makeGauge(descriptor: descriptor(label), labels: labels(dimensions)) }
        return registry.makeValueHistogram(
            descriptor: descriptor(label), labels: labels(dimensions), buckets: Self.valueBuckets)
    }

    func makeMeter(label: String, dimensions: [(String, String)]) -> any MeterHandler {
        registry.makeGauge(descriptor: descriptor(label), labels: labels(dimensions))
    }

    func makeTimer(label: String, dimensions: [(String, String)]) -> any TimerHandler {
        registry.makeDurationHistogram(
            descriptor: descriptor(label, suffix: "_seconds"), labels: labels(dimensions), buckets: Self.durationBuckets
        )
    }

    func destroyCounter(_ handler: any CounterHandler) {
        if let counter = handler as? Prometheus.Counter { registry.unregisterCounter(counter) }
    }

    func destroyFloatingPointCounter(_ handler: any FloatingPointCounterHandler) {
        if let counter = handler as? Prometheus.Counter { registry.unregisterCounter(counter) }
    }

    func destroyRecorder(_ handler: any RecorderHandler) {
        if let gauge = handler as? Prometheus.Gauge { registry.unregisterGauge(gauge) }
        if let histogram = handler as? ValueHistogram { registry.unregisterValueHistogram(histogram) }
    }

    func destroyMeter(_ handler: any MeterHandler) {
        if let gauge = handler as? Prometheus.Gauge { registry.unregisterGauge(gauge) }
    }

    func destroyTimer(_ handler: any TimerHandler) {
        if let histogram = handler as? DurationHistogram { registry.unregisterDurationHistogram(histogram) }
    }
}
