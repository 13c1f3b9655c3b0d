import Mustache

// The tracking page's template values answer mustache's look-ups by name with a switch rather than through
// reflection (`Mirror`), which builds every property of a value for each look-up: the page renders several
// times faster. A `nil` optional answers `nil`, so mustache goes on looking in the enclosing values (the names
// are unique for that reason) and skips the section.

extension TrackingPageContext: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": return lang
        case "carrier": return carrier
        case "styleURL": return styleURL
        case "logo": return logo
        case "languageLabel": return languageLabel
        case "languages": return languages
        case "pageTitle": return pageTitle
        case "code": return code
        case "codeLabel": return codeLabel
        case "service": return service
        case "serviceLabel": return serviceLabel
        case "returnLabel": return returnLabel
        case "preferredDate": return preferredDate
        case "statusClass": return statusClass
        case "statusTitle": return statusTitle
        case "statusDetail": return statusDetail
        case "hasStages": return hasStages
        case "progressLabel": return progressLabel
        case "stages": return stages
        case "pickup": return pickup
        case "pickupLabel": return pickupLabel
        case "historyLabel": return historyLabel
        case "hasEvents": return hasEvents
        case "events": return events
        case "noEvents": return noEvents
        case "timesNote": return timesNote
        default: return nil
        }
    }
}

extension TrackingPageContext.LanguageLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "linkLang": return linkLang
        case "linkName": return linkName
        case "linkHref": return linkHref
        case "linkCurrent": return linkCurrent
        default: return nil
        }
    }
}

extension TrackingPageContext.PreferredDate: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "dateLabel": return dateLabel
        case "dateMachine": return dateMachine
        case "dateHuman": return dateHuman
        default: return nil
        }
    }
}

extension TrackingPageContext.Stage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "stageState": return stageState
        case "stageIsCurrent": return stageIsCurrent
        case "stageName": return stageName
        case "stageStateText": return stageStateText
        default: return nil
        }
    }
}

extension TrackingPageContext.Pickup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "pickupName": return pickupName
        case "pickupStreet": return pickupStreet
        case "pickupTown": return pickupTown
        case "pickupCountry": return pickupCountry
        default: return nil
        }
    }
}

extension TrackingPageContext.Event: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "eventMachineTime": return eventMachineTime
        case "eventHumanTime": return eventHumanTime
        case "eventStatus": return eventStatus
        case "eventPlace": return eventPlace
        case "eventDescription": return eventDescription
        default: return nil
        }
    }
}

extension TrackingNotFoundContext: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": return lang
        case "carrier": return carrier
        case "styleURL": return styleURL
        case "logo": return logo
        case "languageLabel": return languageLabel
        case "languages": return languages
        case "pageTitle": return pageTitle
        case "primary": return primary
        case "secondary": return secondary
        default: return nil
        }
    }
}

extension TrackingNotFoundContext.Section: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "sectionLang": return sectionLang
        case "sectionTitle": return sectionTitle
        case "sectionLead": return sectionLead
        case "sectionCode": return sectionCode
        case "sectionWithoutCode": return sectionWithoutCode
        case "sectionAdvice": return sectionAdvice
        default: return nil
        }
    }
}

extension TrackingAssets.Logo: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "logoURL": return logoURL
        case "logoWidth": return logoWidth
        case "logoHeight": return logoHeight
        default: return nil
        }
    }
}
