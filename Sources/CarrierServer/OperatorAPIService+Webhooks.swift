import Foundation
import Shipping

extension OperatorAPIService {
    func listWebhookDeliveries(_ input: Operations.ListWebhookDeliveries.Input) async throws
        -> Operations.ListWebhookDeliveries.Output
    {
        var errors: [OperatorProblem.FieldError] = []
        var state: WebhookDeliveryState?
        if let text = input.query.state {
            state = WebhookDeliveryState(rawValue: text)
            if state == nil {
                errors.append(
                    .init(
                        parameter: "state",
                        detail:
                            "must be \(WebhookDeliveryState.allCases.map(\.rawValue).joined(separator: ", ")), got '\(text.prefix(20))'"
                    ))
            }
        }
        let limit = input.query.limit ?? 100
        if !(1...1000).contains(limit) {
            errors.append(.init(parameter: "limit", detail: "must be 1 to 1000, got \(limit)"))
        }
        guard errors.isEmpty else { throw OperatorProblem.badParameters(errors) }
        let records = try await flow.store.webhookDeliveries(state: state, limit: limit)
        // The document's enums list exactly the raw values of WebhookEventType and WebhookDeliveryState.
        let deliveries = records.map { record in
            Components.Schemas.WebhookDelivery(
                id: Int(record.id), _type: .init(rawValue: record.type.rawValue)!,
                trackingCode: record.trackingCode, endpoint: record.endpoint,
                state: .init(rawValue: record.state.rawValue)!, attempts: record.attempts,
                lastStatus: record.lastStatus, lastError: record.lastError, nextAttemptAt: record.nextAttemptAt,
                createdAt: record.createdAt, deliveredAt: record.deliveredAt)
        }
        return .ok(.init(body: .json(.init(deliveries: deliveries))))
    }
}
