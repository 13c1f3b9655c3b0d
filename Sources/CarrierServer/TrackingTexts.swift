import PicqerAPI
import Shipping

/// Every word of the public tracking page, in Dutch and English. The templates hold the structure; these hold
/// the language.
struct TrackingTexts: Sendable {
    /// What a status means to the shopper: a headline and one sentence.
    struct StatusText: Sendable {
        var title: String
        var detail: String
    }

    let language: Language
    /// `<title>` and heading.
    let pageTitle: String
    let trackingCode: String
    let service: String
    let preferredDeliveryDate: String
    let progress: String
    let history: String
    let noEvents: String
    let timesNote: String
    let pickupPoint: String
    let languageSwitch: String
    let returnShipment: String
    let stageDone: String
    let stageCurrent: String
    let stageFailed: String
    let notFoundTitle: String
    /// Before and after the tracking code in the 404 page's sentence.
    let notFoundLead: String
    let notFoundWithoutCode: String
    let notFoundAdvice: String
    let months: [String]
    let weekdays: [String]
    /// Between date and time of an event: `12 mei 2025 om 14:05`, `12 May 2025, 14:05`.
    let timeJoiner: String
    let registered: StatusText
    let cancelled: StatusText
    let statuses: [TrackingEventStatus: StatusText]
    let stages: [TrackingProgress.Stage: String]

    /// The texts in `language`.
    static func of(_ language: Language) -> TrackingTexts {
        switch language {
        case .nl: return dutch
        case .en: return english
        }
    }

    /// The headline and sentence of a tracking status (`nil`: registered, no scan yet).
    func status(_ status: TrackingEventStatus?) -> StatusText {
        status.flatMap { statuses[$0] } ?? registered
    }

    /// The name a shopper reads for an event's status.
    func eventName(_ status: TrackingEventStatus) -> String {
        statuses[status]?.title ?? status.rawValue
    }

    static let english = TrackingTexts(
        language: .en, pageTitle: "Track your parcel", trackingCode: "Tracking code", service: "Service",
        preferredDeliveryDate: "Preferred delivery date", progress: "Progress", history: "Tracking history",
        noEvents: "No scans yet: the carrier has not received the parcel.",
        timesNote: "Times are Dutch time (Europe/Amsterdam).", pickupPoint: "Pickup point", languageSwitch: "Language",
        returnShipment: "Return shipment", stageDone: "done", stageCurrent: "current stage",
        stageFailed: "delivery attempt failed", notFoundTitle: "Parcel not found",
        notFoundLead: "We cannot find a parcel with tracking code",
        notFoundWithoutCode: "We cannot find a parcel with this tracking code.",
        notFoundAdvice:
            "Check the code in the e-mail from the shop. A new parcel can take a few minutes to appear here.",
        months: [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ],
        weekdays: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
        timeJoiner: ", ",
        registered: .init(
            title: "Registered", detail: "The shop has registered your parcel. The carrier has not received it yet."),
        cancelled: .init(
            title: "Cancelled", detail: "The shop cancelled this shipment: this parcel will not be sent."),
        statuses: [
            .pickedUp: .init(title: "Picked up", detail: "The carrier has collected your parcel from the shop."),
            .atSortingCenter: .init(title: "At the sorting centre", detail: "Your parcel is being sorted."),
            .inTransit: .init(title: "In transit", detail: "Your parcel is on its way."),
            .outForDelivery: .init(
                title: "Out for delivery", detail: "The driver has your parcel: it will be delivered today."),
            .deliveryFailed: .init(
                title: "Delivery attempt failed",
                detail: "We could not deliver your parcel. We will try again or let you know what happens next."),
            .delivered: .init(title: "Delivered", detail: "Your parcel has been delivered."),
            .atPickupPoint: .init(
                title: "Ready at the pickup point", detail: "Your parcel is waiting for you at the pickup point."),
            .collectedFromPickupPoint: .init(
                title: "Collected", detail: "Your parcel has been collected from the pickup point."),
            .returningToSender: .init(
                title: "Returning to sender", detail: "Your parcel is on its way back to the shop."),
            .returnedToSender: .init(title: "Returned to sender", detail: "Your parcel has been returned to the shop."),
        ],
        stages: [
            .registered: "Registered", .pickedUp: "Picked up", .inTransit: "In transit",
            .outForDelivery: "Out for delivery", .delivered: "Delivered", .atPickupPoint: "At pickup point",
            .collectedFromPickupPoint: "Collected", .returningToSender: "Returning to sender",
            .returnedToSender: "Returned to sender",
        ])

    static let dutch = TrackingTexts(
        language: .nl, pageTitle: "Volg je pakket", trackingCode: "Trackingcode", service: "Dienst",
        preferredDeliveryDate: "Gewenste bezorgdatum", progress: "Voortgang", history: "Verloop",
        noEvents: "Nog geen scans: de vervoerder heeft het pakket nog niet ontvangen.",
        timesNote: "Tijden in Nederlandse tijd (Europe/Amsterdam).", pickupPoint: "Afhaalpunt", languageSwitch: "Taal",
        returnShipment: "Retourzending", stageDone: "klaar", stageCurrent: "huidige stap",
        stageFailed: "bezorgpoging mislukt", notFoundTitle: "Pakket niet gevonden",
        notFoundLead: "We kunnen geen pakket vinden met trackingcode",
        notFoundWithoutCode: "We kunnen geen pakket vinden met deze trackingcode.",
        notFoundAdvice:
            "Controleer de code in de e-mail van de winkel. Een nieuw pakket kan een paar minuten nodig hebben voordat het hier verschijnt.",
        months: [
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december",
        ],
        weekdays: ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
        timeJoiner: " om ",
        registered: .init(
            title: "Aangemeld",
            detail: "De winkel heeft je pakket aangemeld. De vervoerder heeft het nog niet ontvangen."),
        cancelled: .init(
            title: "Geannuleerd", detail: "De winkel heeft deze zending geannuleerd: dit pakket wordt niet verstuurd."),
        statuses: [
            .pickedUp: .init(title: "Opgehaald", detail: "De vervoerder heeft je pakket bij de winkel opgehaald."),
            .atSortingCenter: .init(title: "In het sorteercentrum", detail: "Je pakket wordt gesorteerd."),
            .inTransit: .init(title: "Onderweg", detail: "Je pakket is onderweg."),
            .outForDelivery: .init(
                title: "Wordt vandaag bezorgd", detail: "De bezorger heeft je pakket: het wordt vandaag bezorgd."),
            .deliveryFailed: .init(
                title: "Bezorging niet gelukt",
                detail:
                    "We konden je pakket niet bezorgen. We proberen het opnieuw of laten je weten wat er verder gebeurt."
            ),
            .delivered: .init(title: "Bezorgd", detail: "Je pakket is bezorgd."),
            .atPickupPoint: .init(
                title: "Ligt klaar bij het afhaalpunt", detail: "Je pakket ligt voor je klaar bij het afhaalpunt."),
            .collectedFromPickupPoint: .init(title: "Afgehaald", detail: "Je pakket is afgehaald bij het afhaalpunt."),
            .returningToSender: .init(title: "Terug naar afzender", detail: "Je pakket gaat terug naar de winkel."),
            .returnedToSender: .init(
                title: "Terug bij afzender", detail: "Je pakket is teruggestuurd naar de winkel."),
        ],
        stages: [
            .registered: "Aangemeld", .pickedUp: "Opgehaald", .inTransit: "Onderweg",
            .outForDelivery: "Wordt bezorgd", .delivered: "Bezorgd", .atPickupPoint: "Bij afhaalpunt",
            .collectedFromPickupPoint: "Afgehaald", .returningToSender: "Terug naar afzender",
            .returnedToSender: "Terug bij afzender",
        ])
}
