import Foundation
import PicqerAPI
import Shipping

/// The tracking page as JSON (`Accept: application/json`), for a shop that shows the status in its own site:
/// the same data as the HTML page, language-neutral, without personal data.
struct TrackingJSON: Encodable {
    struct Service: Encodable {
        var value: String
        var name: String
    }

    struct Stage: Encodable {
        var stage: String
        var state: String
    }

    struct Location: Encodable {
        var city: String?
        var country: String?
    }

    struct Event: Encodable {
        var occurred_at: String
        var status: String
        var location: Location?
        var description: String?
    }

    struct PickupPoint: Encodable {
        var name: String?
        var street: String?
        var zipcode: String?
        var city: String?
        var country: String?
    }

    var tracking_code: String
    var carrier: String
    var status: String
    var service: Service
    var is_return: Bool
    var language: String
    var path: String?
    var delivery_failed: Bool
    var stages: [Stage]
    var events: [Event]
    var preferred_delivery_date: String?
    var pickup_point: PickupPoint?

    init(_ snapshot: TrackingSnapshot) {
        tracking_code = snapshot.trackingCode
        carrier = snapshot.carrierName
        status = snapshot.statusCode
        service = .init(value: snapshot.serviceValue, name: snapshot.serviceName)
        is_return = snapshot.isReturn
        language = snapshot.language.rawValue
        path = snapshot.progress?.path.rawValue
        delivery_failed = snapshot.progress?.deliveryFailed ?? false
        stages =
            snapshot.progress.map { progress in
                zip(progress.stages, progress.states).map { Stage(stage: $0.rawValue, state: $1.rawValue) }
            } ?? []
        events = snapshot.events.map { event in
            Event(
                occurred_at: TrackingClock.machineTime(event.occurredAt), status: event.status.rawValue,
                location: event.city == nil && event.country == nil
                    ? nil : Location(city: event.city, country: event.country),
                description: event.description)
        }
        preferred_delivery_date = snapshot.preferredDeliveryDate?.description
        pickup_point = snapshot.pickupPoint.map {
            PickupPoint(name: $0.name, street: $0.street, zipcode: $0.zipcode, city: $0.city, country: $0.country)
        }
    }

    /// Compact JSON with sorted keys (the same shipment gives the same bytes, hence the same ETag).
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    enum CodingKeys: String, CodingKey {
        case tracking_code, carrier, status, service, is_return, language, path, delivery_failed, stages, events,
            preferred_delivery_date, pickup_point
    }

    /// Every field of the documented shape, `null` when absent (rather than left out).
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(tracking_code, forKey: .tracking_code)
        try container.encode(carrier, forKey: .carrier)
        try container.encode(status, forKey: .status)
        try container.encode(service, forKey: .service)
        try container.encode(is_return, forKey: .is_return)
        try container.encode(language, forKey: .language)
        try container.encode(path, forKey: .path)
        try container.encode(delivery_failed, forKey: .delivery_failed)
        try container.encode(stages, forKey: .stages)
        try container.encode(events, forKey: .events)
        try container.encode(preferred_delivery_date, forKey: .preferred_delivery_date)
        try container.encode(pickup_point, forKey: .pickup_point)
    }
}
