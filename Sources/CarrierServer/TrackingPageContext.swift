import PicqerAPI
import Shipping

/// What the tracking page templates read, by property name (mustache looks values up by name and, when a
/// section's value lacks one, in the values around it — so every name here is unique across the nesting).
/// Built from a ``TrackingSnapshot`` and the ``TrackingTexts`` of one language.
struct TrackingPageContext {
    /// The parts every tracking page shares: `<html lang>`, style sheet, carrier and language switch.
    struct Frame {
        var lang: String
        var carrier: String
        var styleURL: String
        var logo: TrackingAssets.Logo?
        var languageLabel: String
        var languages: [LanguageLink]

        init(language: Language, carrier: String, assets: TrackingAssets) {
            let texts = TrackingTexts.of(language)
            lang = language.rawValue
            self.carrier = carrier
            styleURL = assets.styleURL
            logo = assets.logo
            languageLabel = texts.languageSwitch
            languages = [(Language.nl, "Nederlands"), (.en, "English")].map { other, name in
                LanguageLink(
                    linkLang: other.rawValue, linkName: name, linkHref: "?lang=\(other.rawValue)",
                    linkCurrent: other == language)
            }
        }
    }

    struct LanguageLink {
        var linkLang: String
        var linkName: String
        var linkHref: String
        var linkCurrent: Bool
    }

    struct PreferredDate {
        var dateLabel: String
        var dateMachine: String
        var dateHuman: String
    }

    struct Stage {
        var stageState: String
        var stageIsCurrent: Bool
        var stageName: String
        var stageStateText: String?
    }

    struct Pickup {
        var pickupName: String?
        var pickupStreet: String?
        var pickupTown: String?
        var pickupCountry: String?
    }

    struct Event {
        var eventMachineTime: String
        var eventHumanTime: String
        var eventStatus: String
        var eventPlace: String?
        var eventDescription: String?
    }

    // The frame's values, flat so the shared header partial finds them at the top.
    var lang: String
    var carrier: String
    var styleURL: String
    var logo: TrackingAssets.Logo?
    var languageLabel: String
    var languages: [LanguageLink]

    var pageTitle: String
    var code: String
    var codeLabel: String
    var service: String
    var serviceLabel: String
    var returnLabel: String?
    var preferredDate: PreferredDate?
    var statusClass: String
    var statusTitle: String
    var statusDetail: String
    var hasStages: Bool
    var progressLabel: String
    var stages: [Stage]
    var pickup: Pickup?
    var pickupLabel: String
    var historyLabel: String
    var hasEvents: Bool
    var events: [Event]
    var noEvents: String
    var timesNote: String

    init(_ snapshot: TrackingSnapshot, language: Language, assets: TrackingAssets) {
        let texts = TrackingTexts.of(language)
        let frame = Frame(language: language, carrier: snapshot.carrierName, assets: assets)
        lang = frame.lang
        carrier = frame.carrier
        styleURL = frame.styleURL
        logo = frame.logo
        languageLabel = frame.languageLabel
        languages = frame.languages

        pageTitle = texts.pageTitle
        code = snapshot.trackingCode
        codeLabel = texts.trackingCode
        service = snapshot.serviceName
        serviceLabel = texts.service
        returnLabel = snapshot.isReturn ? texts.returnShipment : nil
        preferredDate = snapshot.preferredDeliveryDate.map {
            PreferredDate(
                dateLabel: texts.preferredDeliveryDate, dateMachine: $0.description,
                dateHuman: TrackingClock.humanDay($0, texts))
        }
        let status = snapshot.cancelled ? texts.cancelled : texts.status(snapshot.trackingStatus)
        statusTitle = status.title
        statusDetail = status.detail
        if snapshot.cancelled {
            statusClass = "cancelled"
        } else if snapshot.trackingStatus?.isFinal == true {
            statusClass = snapshot.trackingStatus == .returnedToSender ? "failed" : "done"
        } else if snapshot.trackingStatus == .deliveryFailed || snapshot.trackingStatus == .returningToSender {
            statusClass = "failed"
        } else {
            statusClass = "active"
        }
        progressLabel = texts.progress
        if let progress = snapshot.progress {
            hasStages = true
            stages = zip(progress.stages, progress.states).map { stage, state in
                let failed = state == .current && progress.deliveryFailed
                let stateText: String? =
                    switch state {
                    case .done: texts.stageDone
                    case .current: failed ? texts.stageFailed : texts.stageCurrent
                    case .upcoming: nil
                    }
                return Stage(
                    stageState: failed ? "current failed" : state.rawValue, stageIsCurrent: state == .current,
                    stageName: texts.stages[stage] ?? stage.rawValue, stageStateText: stateText)
            }
        } else {
            hasStages = false
            stages = []
        }
        pickup = snapshot.pickupPoint.map { point in
            let town = [point.zipcode, point.city].compactMap { $0 }.joined(separator: " ")
            return Pickup(
                pickupName: point.name, pickupStreet: point.street, pickupTown: town.isEmpty ? nil : town,
                pickupCountry: point.country.map { CountryNames.name(of: $0, in: language) })
        }
        pickupLabel = texts.pickupPoint
        historyLabel = texts.history
        hasEvents = !snapshot.events.isEmpty
        events = snapshot.events.map { event in
            let place = [event.city, event.country.map { CountryNames.name(of: $0, in: language) }]
                .compactMap { $0 }.joined(separator: ", ")
            return Event(
                eventMachineTime: TrackingClock.machineTime(event.occurredAt),
                eventHumanTime: TrackingClock.humanTime(event.occurredAt, texts),
                eventStatus: texts.eventName(event.status),
                eventPlace: place.isEmpty ? nil : place, eventDescription: event.description)
        }
        noEvents = texts.noEvents
        timesNote = texts.timesNote
    }
}

/// What the 404 page reads: the frame, then the message in the chosen language and in the other one.
struct TrackingNotFoundContext {
    struct Section {
        var sectionLang: String
        var sectionTitle: String
        var sectionLead: String
        var sectionCode: String?
        var sectionWithoutCode: String
        var sectionAdvice: String

        init(_ language: Language, code: String?) {
            let texts = TrackingTexts.of(language)
            sectionLang = language.rawValue
            sectionTitle = texts.notFoundTitle
            sectionLead = texts.notFoundLead
            sectionCode = code
            sectionWithoutCode = texts.notFoundWithoutCode
            sectionAdvice = texts.notFoundAdvice
        }
    }

    var lang: String
    var carrier: String
    var styleURL: String
    var logo: TrackingAssets.Logo?
    var languageLabel: String
    var languages: [LanguageLink]
    var pageTitle: String
    var primary: Section
    var secondary: Section

    typealias LanguageLink = TrackingPageContext.LanguageLink

    /// The page in `language` first; `code` is repeated only when it is well-formed.
    init(language: Language, code: String?, carrier: String, assets: TrackingAssets) {
        let frame = TrackingPageContext.Frame(language: language, carrier: carrier, assets: assets)
        lang = frame.lang
        self.carrier = frame.carrier
        styleURL = frame.styleURL
        logo = frame.logo
        languageLabel = frame.languageLabel
        languages = frame.languages
        pageTitle = TrackingTexts.of(language).notFoundTitle
        primary = Section(language, code: code)
        secondary = Section(language == .nl ? .en : .nl, code: code)
    }
}
