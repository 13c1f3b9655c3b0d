import Foundation
import HTTPTypes
import Shipping

extension OperatorAPIService {
    /// The most events one request may carry.
    static let maximumEventsPerBatch = 1000

    func recordEvents(_ input: Operations.RecordEvents.Input) async throws -> Operations.RecordEvents.Output {
        let batch: Components.Schemas.EventBatch
        switch input.body {
        case .json(let body): batch = body
        }
        guard batch.events.count <= Self.maximumEventsPerBatch else {
            throw OperatorProblem(
                status: .badRequest,
                detail: "At most \(Self.maximumEventsPerBatch) events per request; this one has \(batch.events.count).",
                errors: [
                    .init(pointer: "/events", detail: "has \(batch.events.count) items; send at most 1000 per request")
                ])
        }
        let inputs = batch.events.map { event in
            TrackingEventInput(
                eventID: event.eventId, trackingCode: event.trackingCode, status: event.status,
                occurredAt: event.occurredAt, city: event.location?.city, postcode: event.location?.postcode,
                country: event.location?.country, description: event.description)
        }
        let outcomes = try await TrackingEventIntake(store: flow.store).record(inputs)
        var created = 0
        var duplicates = 0
        for outcome in outcomes {
            switch outcome {
            case .created: created += 1
            case .duplicate: duplicates += 1
            case .rejected: break
            }
        }
        CarrierMetrics.eventsIngested(created, outcome: "created")
        CarrierMetrics.eventsIngested(duplicates, outcome: "duplicate")
        CarrierMetrics.eventsIngested(outcomes.count - created - duplicates, outcome: "rejected")
        let results = zip(batch.events, outcomes).map { event, outcome in
            switch outcome {
            case .created: return Components.Schemas.EventResult(eventId: event.eventId, outcome: .created, errors: [])
            case .duplicate:
                return Components.Schemas.EventResult(eventId: event.eventId, outcome: .duplicate, errors: [])
            case .rejected(let errors):
                return Components.Schemas.EventResult(
                    eventId: event.eventId, outcome: .rejected,
                    errors: errors.map { .init(field: $0.field, detail: $0.message) })
            }
        }
        return .ok(.init(body: .json(.init(results: results))))
    }

    func listShipmentEvents(_ input: Operations.ListShipmentEvents.Input) async throws
        -> Operations.ListShipmentEvents.Output
    {
        let code = input.path.trackingCode
        guard let record = try await flow.store.shipment(trackingCode: code), record.status != .pending,
            let events = try await flow.store.events(trackingCode: record.trackingCode)
        else { throw OperatorProblem.notFound("No shipment has this tracking code.") }
        return .ok(
            .init(
                body: .json(
                    .init(
                        events: events.map { event in
                            Components.Schemas.TrackingEvent(
                                eventId: event.eventID,
                                status: Components.Schemas.TrackingEventStatus(rawValue: event.status.rawValue)
                                    ?? .inTransit,
                                occurredAt: event.occurredAt,
                                location: event.location.map {
                                    .init(city: $0.city, postcode: $0.postcode, country: $0.country)
                                },
                                description: event.description, receivedAt: event.receivedAt)
                        }))))
    }
}
