import Foundation
import PicqerAPI
import Shipping

/// What the public tracking page tells about a shipment — the same for the HTML page and its JSON variant.
///
/// Anyone who has the tracking code can open the page, so this holds no personal data: never the recipient's
/// name, address, phone or e-mail. Only the carrier's own data (service, scan events with their city and
/// country), the preferred delivery date and the pickup point (a shop's public address) come from the request
/// Picqer sent.
struct TrackingSnapshot: Sendable {
    /// A scan event as shown: no postcode (it would narrow a delivery scan down to a street).
    struct Event: Sendable {
        var status: TrackingEventStatus
        var occurredAt: Date
        var city: String?
        var country: String?
        var description: String?
    }

    /// The pickup point the parcel goes to: a shop or locker, public by nature.
    struct PickupPoint: Sendable {
        var name: String?
        var street: String?
        var zipcode: String?
        var city: String?
        var country: String?
    }

    let trackingCode: String
    let carrierName: String
    let serviceValue: String
    let serviceName: String
    let isReturn: Bool
    /// The language Picqer asked for (English when the request is erased or did not say).
    let language: Language
    let cancelled: Bool
    /// The status of the shipment's latest-occurring event (`nil`: no scan yet).
    let trackingStatus: TrackingEventStatus?
    /// The main stages; `nil` for a cancelled shipment.
    let progress: TrackingProgress?
    /// Newest first.
    let events: [Event]
    let preferredDeliveryDate: CalendarDate?
    let pickupPoint: PickupPoint?

    /// The snapshot of `record` with its `events` (in any order).
    init(record: ShipmentRecord, events: [TrackingEvent], configuration: CarrierConfiguration) {
        let request = record.storedShipment
        trackingCode = record.trackingCode
        carrierName = configuration.carrier.name
        serviceValue = record.service
        serviceName = configuration.services.first { $0.value == record.service }?.name ?? record.service
        isReturn = record.isReturn
        language = request?.language ?? .en
        cancelled = record.status == .cancelled
        trackingStatus = record.trackingStatus
        pickupPoint = request?.pickupPoint.flatMap { point in
            let street = [point.street, point.houseNumber].compactMap { Self.clean($0) }.joined(separator: " ")
            let shown = PickupPoint(
                name: Self.clean(point.name), street: street.isEmpty ? nil : street, zipcode: Self.clean(point.zipcode),
                city: Self.clean(point.city), country: Self.clean(point.country)?.uppercased())
            return shown.name == nil && shown.street == nil && shown.city == nil ? nil : shown
        }
        progress =
            cancelled ? nil : TrackingProgress(status: record.trackingStatus, toPickupPoint: pickupPoint != nil)
        self.events = events.enumerated()
            .sorted { ($0.element.occurredAt, $0.offset) > ($1.element.occurredAt, $1.offset) }
            .map { _, event in
                Event(
                    status: event.status, occurredAt: event.occurredAt, city: event.location?.city,
                    country: event.location?.country, description: Self.clean(event.description))
            }
        preferredDeliveryDate = request?.preferredDeliveryDate.flatMap { CalendarDate($0) }
    }

    /// The status word of the JSON variant: `registered`, an event status, or `cancelled`.
    var statusCode: String {
        cancelled ? "cancelled" : trackingStatus?.rawValue ?? "registered"
    }

    private static func clean(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else {
            return nil
        }
        return trimmed
    }
}
