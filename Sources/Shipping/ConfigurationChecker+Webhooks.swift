import Foundation

extension ConfigurationChecker {
    /// The `webhooks:` list: each entry an `https://` URL (or `http://` to 127.0.0.1/localhost, for tests and
    /// a receiver on the same machine), a signing secret (or `PICQER_CARRIER_WEBHOOKS_<index>_SECRET` in the
    /// environment) and the event types it wants (all four when `events` is left out).
    mutating func checkWebhooks(_ list: [ConfigurationFile.Webhook]?) -> [CarrierConfiguration.Webhook] {
        var result: [CarrierConfiguration.Webhook] = []
        for (index, entry) in (list ?? []).enumerated() {
            let key = "webhooks[\(index)]"
            let before = problems.count
            let url = entry.url ?? ""
            if url.isEmpty {
                problem("\(key).url", "is required: where the carrier's system receives notifications")
            } else if !Self.isWebhookURL(url) {
                problem(
                    "\(key).url",
                    "expected an https:// URL (http:// only to 127.0.0.1 or localhost), got '\(url)'")
            } else if result.contains(where: { $0.url == url }) {
                problem("\(key).url", "'\(url)' is used twice: list all its events in one entry")
            }
            var secret: CarrierConfiguration.WebhookSecret?
            if let text = environment["PICQER_CARRIER_WEBHOOKS_\(index)_SECRET"] ?? entry.secret, !text.isEmpty {
                switch CarrierConfiguration.WebhookSecret.parse(text) {
                case .success(let parsed): secret = parsed
                case .failure(let failure): problem("\(key).secret", failure.message)
                }
            } else {
                problem(
                    "\(key).secret",
                    "is required: the key that signs notifications (whsec_ + base64, as Standard Webhooks libraries make them)"
                )
            }
            var events: Set<WebhookEventType> = []
            if let names = entry.events {
                if names.isEmpty {
                    problem("\(key).events", "list at least one event type, or leave events out for all")
                }
                for name in names {
                    if let type = WebhookEventType(rawValue: name) {
                        events.insert(type)
                    } else {
                        problem(
                            "\(key).events",
                            "'\(name)' is not an event type; expected \(WebhookEventType.allCases.map(\.rawValue).joined(separator: ", "))"
                        )
                    }
                }
            } else {
                events = Set(WebhookEventType.allCases)
            }
            guard problems.count == before, let secret else { continue }
            result.append(.init(url: url, secret: secret, events: events))
        }
        return result
    }

    /// Whether `text` is an absolute https URL with a host, or http to the loopback host.
    static func isWebhookURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty
        else { return false }
        switch scheme {
        case "https": return true
        case "http": return ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased())
        default: return false
        }
    }
}
