import Foundation

/// The one way scan events come in, used by `POST /api/v1/events` and `picqer-carrier import-events`: checks
/// every event's fields, stores the good ones in one batch and answers one outcome per event, in order.
public struct TrackingEventIntake: Sendable {
    /// Where events are stored.
    public let store: any ShipmentStore

    /// Creates an intake on `store`.
    public init(store: any ShipmentStore) {
        self.store = store
    }

    /// One outcome per input, in order. A bad event is rejected on its own; the others are still stored.
    public func record(_ inputs: [TrackingEventInput], receivedAt: Date = Date()) async throws -> [EventOutcome] {
        var outcomes = [EventOutcome?](repeating: nil, count: inputs.count)
        var valid: [NewTrackingEvent] = []
        var positions: [Int] = []
        for (index, input) in inputs.enumerated() {
            switch input.validated(receivedAt: receivedAt) {
            case .success(let event):
                valid.append(event)
                positions.append(index)
            case .failure(let failure):
                outcomes[index] = .rejected(failure.errors)
            }
        }
        if !valid.isEmpty {
            let stored = try await store.record(events: valid, receivedAt: receivedAt)
            for (position, outcome) in zip(positions, stored) { outcomes[position] = outcome }
        }
        return outcomes.map { $0 ?? .rejected([]) }
    }
}
