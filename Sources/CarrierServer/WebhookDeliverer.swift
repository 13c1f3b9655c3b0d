import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import Shipping

/// Sends the webhook outbox to the configured endpoints while the server runs.
///
/// At start every pending delivery is made due (what a stop or a crash left undelivered goes out at once).
/// Then it sends what is due — at most one notification per shipment and endpoint at a time, so each endpoint
/// gets a shipment's notifications in order — and sleeps until the next attempt is due, a commit wakes it
/// (``OutboxSignal``), or the poll interval passes. A 2xx answer delivers; anything else (4xx, 5xx, no answer
/// within the timeout, no connection) is tried again after the policy's backoff, until the give-up time. A
/// delivery is marked only after its attempt: a crash in between sends it again (at least once; receivers
/// deduplicate on `webhook-id`). Several instances on one PostgreSQL database each run a deliverer: the store
/// leases what it hands out, so each notification goes out from one instance at a time.
///
/// Endpoints and secrets are those of the live configuration at each attempt: after a reload a delivery goes out
/// signed with the endpoint's new secret, and one to an endpoint no longer configured is given up.
struct WebhookDeliverer: Sendable {
    let store: any ShipmentStore
    let outbox: WebhookOutbox
    let live: LiveConfiguration
    let policy: WebhookDeliveryPolicy
    let logger: Logger

    /// Delivers until the task is cancelled.
    func run() async {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.timeout = .init(
            connect: .nanoseconds(Int64(policy.timeout.inSeconds * 1e9)),
            read: .nanoseconds(Int64(policy.timeout.inSeconds * 1e9)))
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        do {
            let resumed = try await store.resumeWebhookDeliveries(at: Date())
            if resumed > 0 { logger.info("Resuming webhook deliveries", metadata: ["deliveries": "\(resumed)"]) }
        } catch {
            logger.error("Could not read the webhook outbox", metadata: ["error": "\(type(of: error))"])
        }
        var backlogMeasured: ContinuousClock.Instant?
        while !Task.isCancelled {
            do {
                // The backlog gauge, at most once a second (a count over the pending index).
                if backlogMeasured.map({ ContinuousClock.now - $0 >= .seconds(1) }) ?? true {
                    backlogMeasured = .now
                    CarrierMetrics.webhookBacklog(try await store.pendingWebhookDeliveryCount())
                }
                let due = try await store.dueWebhookDeliveries(at: Date(), limit: max(1, policy.concurrency))
                if due.isEmpty {
                    var wait = policy.pollInterval
                    if let next = try await store.nextWebhookAttempt() {
                        wait = min(wait, .milliseconds(max(10, Int64(next.timeIntervalSinceNow * 1000))))
                    }
                    await outbox.signal.wait(upTo: wait)
                    continue
                }
                await withTaskGroup(of: Void.self) { group in
                    for delivery in due {
                        group.addTask { await attempt(delivery, client: client) }
                    }
                }
            } catch {
                logger.error("Could not read the webhook outbox", metadata: ["error": "\(type(of: error))"])
                try? await Task.sleep(for: policy.pollInterval)
            }
        }
        try? await client.shutdown()
    }

    /// One attempt of `delivery`, recorded in the store (unless the server is stopping: then it stays as it was
    /// and is sent after the restart).
    func attempt(_ delivery: WebhookDelivery, client: HTTPClient) async {
        guard let endpoint = live.latest.webhooks[delivery.endpoint] else {
            await record(delivery, status: nil, error: "endpoint no longer configured", next: .giveUp)
            return
        }
        guard let body = delivery.body else {
            await record(delivery, status: nil, error: "personal data erased before delivery", next: .giveUp)
            return
        }
        let id = String(delivery.id)
        let timestamp = Int(Date().timeIntervalSince1970)
        var request = HTTPClientRequest(url: endpoint.url)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        request.headers.add(name: "user-agent", value: "picqer-carrier")
        request.headers.add(name: "webhook-id", value: id)
        request.headers.add(name: "webhook-timestamp", value: String(timestamp))
        request.headers.add(
            name: "webhook-signature",
            value: WebhookSignature.header(id: id, timestamp: timestamp, body: body, key: endpoint.secret.key))
        request.body = .bytes(ByteBuffer(bytes: body))
        var status: Int?
        var failure: String?
        do {
            let deadline = NIODeadline.now() + .nanoseconds(Int64(policy.timeout.inSeconds * 1e9))
            let response = try await client.execute(request, deadline: deadline)
            status = Int(response.status.code)
            // Read (a little of) the answer so the connection can be reused; its content does not matter.
            var read = 0
            for try await part in response.body {
                read += part.readableBytes
                if read > 65_536 { break }
            }
            if !(200..<300).contains(Int(response.status.code)) { failure = "HTTP \(response.status.code)" }
        } catch {
            if Task.isCancelled { return }
            failure = Self.describe(error)
        }
        let now = Date()
        let next: WebhookAttemptResult.Next =
            failure == nil
            ? .delivered
            : policy.retry.next(afterFailedAttempts: delivery.attempts + 1, now: now, createdAt: delivery.createdAt)
        await record(delivery, status: status, error: failure, next: next, at: now)
    }

    private func record(
        _ delivery: WebhookDelivery, status: Int?, error: String?, next: WebhookAttemptResult.Next,
        at now: Date = Date()
    ) async {
        do {
            try await store.recordWebhookAttempt(
                id: delivery.id, .init(at: now, httpStatus: status, error: error, next: next))
        } catch let storeError {
            logger.error(
                "Could not record a webhook attempt; it will be sent again",
                metadata: ["webhook_id": "\(delivery.id)", "error": "\(type(of: storeError))"])
        }
        guard let error else { return }
        // Never the body (personal data) or the secret: host, ids, attempt and what went wrong.
        var metadata: Logger.Metadata = [
            "endpoint_host": "\(URL(string: delivery.endpoint)?.host ?? "?")", "webhook_id": "\(delivery.id)",
            "type": "\(delivery.type.rawValue)", "tracking_code": "\(delivery.trackingCode)",
            "attempt": "\(delivery.attempts + 1)", "error": "\(error)",
        ]
        if let status { metadata["http_status"] = "\(status)" }
        CarrierMetrics.webhookFailure(gaveUp: next == .giveUp)
        switch next {
        case .retry(let at):
            metadata["next_attempt_at"] = "\(at)"
            logger.warning("Webhook not delivered; will try again", metadata: metadata)
        case .giveUp:
            logger.error("Webhook delivery failed; giving up", metadata: metadata)
        case .delivered:
            break
        }
    }

    /// What went wrong, in a few words (an error type or a timeout; never content).
    static func describe(_ error: any Error) -> String {
        if let error = error as? HTTPClientError {
            if error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout { return "timeout" }
            return String(String(describing: error).prefix(200))
        }
        let text = String(describing: error)
        if text.localizedCaseInsensitiveContains("refused") { return "connection refused" }
        return String("\(type(of: error)): \(text)".prefix(200))
    }
}
