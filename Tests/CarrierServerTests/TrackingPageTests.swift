import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Labels
import NIOCore
import SQLiteStore
import Shipping
import Testing

@testable import CarrierServer

/// The public tracking page over live HTTPS: its content in Dutch and English, the scan history in Dutch time,
/// the pickup point, no personal data in the page or its JSON, the 404 page, caching and security headers.
@Suite struct TrackingPageTests {
    /// The personal data of `Fixtures/requests/pickup-point.json` and `nl-domestic.json`: none of it may ever
    /// appear on the page.
    static let personalData = [
        "Sanne de Vries", "Oudegracht", "+31612345678", "612345678", "sanne@example.nl", "3511 AV",
        "Picqer B.V.", "Meander 251", "info@picqer.com", "6825MC",
    ]

    /// Five scans of a parcel for a pickup point, sent out of order; times on both sides of the change to
    /// summer time (30 March 2025, 02:00 → 03:00 in Amsterdam).
    static func fiveEvents(_ code: String) -> [[String: Any]] {
        [
            [
                "event_id": "\(code)-3", "tracking_code": code, "status": "in_transit",
                "occurred_at": "2025-03-30T09:15:00Z",
            ],
            [
                "event_id": "\(code)-1", "tracking_code": code, "status": "picked_up",
                "occurred_at": "2025-03-29T16:00:00Z",
                "location": ["city": "Arnhem", "postcode": "6825 MC", "country": "NL"],
            ],
            [
                "event_id": "\(code)-5", "tracking_code": code, "status": "collected_from_pickup_point",
                "occurred_at": "2025-03-31T17:45:00+02:00",
                "location": ["city": "Utrecht", "postcode": "3511 BK", "country": "NL"],
            ],
            [
                "event_id": "\(code)-2", "tracking_code": code, "status": "at_sorting_center",
                "occurred_at": "2025-03-30T02:30:00Z",
                "location": ["city": "Nieuwegein", "country": "nl"], "description": "Sorted <fast> & safe",
            ],
            [
                "event_id": "\(code)-4", "tracking_code": code, "status": "at_pickup_point",
                "occurred_at": "2025-03-31T08:05:00Z", "location": ["city": "Utrecht", "country": "NL"],
                "description": "Ligt klaar bij Primera",
            ],
        ]
    }

    /// Newest first, in Amsterdam time with its offset.
    static let expectedTimes = [
        "2025-03-31T17:45:00+02:00", "2025-03-31T10:05:00+02:00", "2025-03-30T11:15:00+02:00",
        "2025-03-30T04:30:00+02:00", "2025-03-29T17:00:00+01:00",
    ]

    /// A shipment made from `fixture` (with `language` replaced when given); its tracking code.
    static func create(_ client: any TestClientProtocol, fixture: String, language: String? = nil) async throws
        -> String
    {
        var body = try TestCarrier.fixture(fixture)
        if let language {
            let data = Data(body.readableBytesView)
            var json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            var payload = try #require(json["data"] as? [String: Any])
            var shipment = try #require(payload["shipment"] as? [String: Any])
            shipment["language"] = language
            payload["shipment"] = shipment
            json["data"] = payload
            body = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json))
        }
        let (status, answer) = try await ShipmentEndpointTests.post(client, body)
        #expect(status == .ok)
        return try #require(answer.data?.tracking_code)
    }

    /// A pickup-point shipment (Dutch) with its five scans.
    static func pickupShipmentWithFiveEvents(_ client: any TestClientProtocol) async throws -> String {
        let code = try await create(client, fixture: "pickup-point.json")
        let results = try await EventsAPITests.post(client, fiveEvents(code))
        #expect(results.results.map(\.outcome) == Array(repeating: "created", count: 5))
        return code
    }

    static func page(
        _ client: any TestClientProtocol, _ uri: String, headers: HTTPFields = [:], method: HTTPRequest.Method = .get
    ) async throws -> (HTTPResponse.Status, HTTPFields, String) {
        try await client.execute(uri: uri, method: method, headers: headers) {
            ($0.status, $0.headers, String(buffer: $0.body))
        }
    }

    /// The texts between `<li class="event">` and `</li>`, in page order.
    static func timelineItems(_ html: String) -> [String] {
        html.components(separatedBy: "<li class=\"event\">").dropFirst().map {
            String($0.prefix { $0 != "\n" })
        }
    }

    @Test func theDutchPageShowsStatusProgressPickupPointAndHistoryNewestFirst() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let code = try await Self.pickupShipmentWithFiveEvents(client)
            let (status, headers, html) = try await Self.page(client, "/track/\(code)")
            #expect(status == .ok)
            #expect(headers[.contentType] == "text/html; charset=utf-8")
            #expect(html.contains("<html lang=\"nl\">"))
            #expect(html.contains("Testkoerier") && html.contains(code) && html.contains("Parcel Standard"))
            #expect(html.contains("<h2 id=\"status\">Afgehaald</h2>"))
            // The pickup-point path, all five stages reached.
            for stage in ["Aangemeld", "Opgehaald", "Onderweg", "Bij afhaalpunt", "Afgehaald"] {
                #expect(html.contains(stage), "\(stage)")
            }
            #expect(html.contains("<li class=\"current\" aria-current=\"step\">"))
            #expect(!html.contains("Wordt bezorgd"))
            // The pickup point: name and address, country in Dutch.
            #expect(html.contains("<strong>Primera Utrecht Centrum</strong>"))
            #expect(html.contains("Lange Viestraat 2<br>3511BK Utrecht<br>Nederland"))
            // History: five items, newest first, in Amsterdam time; descriptions escaped.
            let items = Self.timelineItems(html)
            #expect(items.count == 5)
            let times = items.compactMap { $0.firstMatch(of: /datetime="([^"]+)"/).map { String($0.1) } }
            #expect(times == Self.expectedTimes)
            #expect(items[0].contains("31 maart 2025 om 17:45") && items[0].contains("Afgehaald"))
            #expect(items[0].contains("Utrecht, Nederland"))
            #expect(items[1].contains("Ligt klaar bij Primera"))
            #expect(items[3].contains("30 maart 2025 om 04:30") && items[3].contains("Nieuwegein, Nederland"))
            #expect(items[3].contains("Sorted &lt;fast&gt; &amp; safe"))
            #expect(items[4].contains("29 maart 2025 om 17:00") && items[4].contains("Arnhem, Nederland"))
            #expect(html.contains("<ol class=\"timeline\">"))
            // No personal data, and no postcode of a scan either.
            for text in Self.personalData { #expect(!html.contains(text), "\(text)") }
            #expect(!html.contains("3511 BK") && !html.contains("6825 MC"))
            #expect(html.utf8.count < 30_000, "\(html.utf8.count) bytes")
        }
    }

    @Test func languageComesFromTheShipmentAndSwitchesWithLang() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let dutch = try await Self.create(client, fixture: "nl-domestic.json")
            let english = try await Self.create(client, fixture: "nl-domestic.json", language: "en")

            let (_, _, nl) = try await Self.page(client, "/track/\(dutch)")
            #expect(nl.contains("<html lang=\"nl\">") && nl.contains("Volg je pakket") && nl.contains("Aangemeld"))
            #expect(nl.contains("<time datetime=\"2018-09-09\">zondag 9 september 2018</time>"))
            #expect(nl.contains("Gewenste bezorgdatum") && nl.contains("Nog geen scans"))
            #expect(nl.contains("<a href=\"?lang=en\" hreflang=\"en\" lang=\"en\">English</a>"))
            #expect(!nl.contains("Afhaalpunt"))

            let (_, _, en) = try await Self.page(client, "/track/\(english)")
            #expect(en.contains("<html lang=\"en\">") && en.contains("Track your parcel") && en.contains("Registered"))
            #expect(en.contains("<time datetime=\"2018-09-09\">Sunday 9 September 2018</time>"))
            #expect(en.contains("Preferred delivery date"))

            let (_, _, switched) = try await Self.page(client, "/track/\(dutch)?lang=en")
            #expect(switched.contains("<html lang=\"en\">") && switched.contains("Sunday 9 September 2018"))
            let (_, _, back) = try await Self.page(client, "/track/\(english)?lang=NL")
            #expect(back.contains("<html lang=\"nl\">"))
            // Anything else: the shipment's own language.
            let (_, _, other) = try await Self.page(client, "/track/\(dutch)?lang=de")
            #expect(other.contains("<html lang=\"nl\">"))
            let (_, _, otherEnglish) = try await Self.page(client, "/track/\(english)?lang=%3Cb%3E")
            #expect(otherEnglish.contains("<html lang=\"en\">"))
            for text in Self.personalData {
                #expect(!nl.contains(text) && !en.contains(text), "\(text)")
            }

            // The pickup-point shipment in English.
            let pickup = try await Self.pickupShipmentWithFiveEvents(client)
            let (_, _, pickupEnglish) = try await Self.page(client, "/track/\(pickup)?lang=en")
            #expect(pickupEnglish.contains("<h2 id=\"status\">Collected</h2>"))
            #expect(pickupEnglish.contains("31 March 2025, 17:45") && pickupEnglish.contains("Utrecht, Netherlands"))
            #expect(pickupEnglish.contains("Times are Dutch time"))
        }
    }

    @Test func failedDeliveryCancelledAndReturnedParcelsSaySo() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let failed = try await Self.create(client, fixture: "nl-domestic.json", language: "en")
            let cancelled = try await Self.create(client, fixture: "nl-domestic.json")
            let returned = try await Self.create(client, fixture: "nl-domestic.json", language: "en")
            let events: [[String: Any]] = [
                [
                    "event_id": "f1", "tracking_code": failed, "status": "out_for_delivery",
                    "occurred_at": "2025-05-12T06:00:00Z",
                ],
                [
                    "event_id": "f2", "tracking_code": failed, "status": "delivery_failed",
                    "occurred_at": "2025-05-12T12:00:00Z",
                ],
                [
                    "event_id": "r1", "tracking_code": returned, "status": "picked_up",
                    "occurred_at": "2025-05-12T06:00:00Z",
                ],
                [
                    "event_id": "r2", "tracking_code": returned, "status": "returning_to_sender",
                    "occurred_at": "2025-05-14T12:00:00Z",
                ],
            ]
            _ = try await EventsAPITests.post(client, events)
            try await client.execute(
                uri: "/api/v1/shipments/\(cancelled)/cancel", method: .post, headers: TestCarrier.operatorRW
            ) { #expect($0.status == .ok) }

            let (_, _, failedPage) = try await Self.page(client, "/track/\(failed)")
            #expect(failedPage.contains("<section class=\"status failed\""))
            #expect(failedPage.contains("Delivery attempt failed"))
            #expect(failedPage.contains("<li class=\"current failed\" aria-current=\"step\">"))
            #expect(failedPage.contains("Out for delivery <span class=\"sr\">(delivery attempt failed)</span>"))

            let (status, _, cancelledPage) = try await Self.page(client, "/track/\(cancelled)")
            #expect(status == .ok)
            #expect(cancelledPage.contains("<h2 id=\"status\">Geannuleerd</h2>"))
            #expect(cancelledPage.contains("wordt niet verstuurd") && !cancelledPage.contains("class=\"stages\""))

            let (_, _, returnedPage) = try await Self.page(client, "/track/\(returned)")
            #expect(returnedPage.contains("<h2 id=\"status\">Returning to sender</h2>"))
            #expect(returnedPage.contains("Returned to sender") && !returnedPage.contains("Out for delivery"))
        }
    }

    @Test func theSameDataAsJSONWithoutPersonalData() async throws {
        struct Tracking: Decodable {
            struct Stage: Decodable {
                var stage: String
                var state: String
            }
            struct Event: Decodable {
                struct Location: Decodable {
                    var city: String?
                    var country: String?
                }
                var occurred_at: String
                var status: String
                var location: Location?
                var description: String?
            }
            struct PickupPoint: Decodable {
                var name: String?
                var street: String?
                var zipcode: String?
                var city: String?
                var country: String?
            }
            struct Service: Decodable {
                var value: String
                var name: String
            }
            var tracking_code: String
            var status: String
            var service: Service
            var path: String?
            var stages: [Stage]
            var events: [Event]
            var preferred_delivery_date: String?
            var pickup_point: PickupPoint?
        }
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let code = try await Self.pickupShipmentWithFiveEvents(client)
            let (status, headers, body) = try await Self.page(
                client, "/track/\(code)", headers: [.accept: "application/json"])
            #expect(status == .ok)
            #expect(headers[.contentType] == "application/json")
            #expect(headers[.vary] == "Accept")
            let tracking = try JSONDecoder().decode(Tracking.self, from: Data(body.utf8))
            #expect(tracking.tracking_code == code && tracking.status == "collected_from_pickup_point")
            #expect(tracking.service.name == "Parcel Standard" && tracking.path == "pickup_point")
            #expect(
                tracking.stages.map(\.stage)
                    == ["registered", "picked_up", "in_transit", "at_pickup_point", "collected_from_pickup_point"])
            #expect(tracking.stages.map(\.state) == ["done", "done", "done", "done", "current"])
            #expect(tracking.events.map(\.occurred_at) == Self.expectedTimes)
            #expect(
                tracking.events.map(\.status)
                    == [
                        "collected_from_pickup_point", "at_pickup_point", "in_transit", "at_sorting_center",
                        "picked_up",
                    ])
            #expect(tracking.events[3].location?.city == "Nieuwegein" && tracking.events[3].location?.country == "NL")
            #expect(tracking.events[3].description == "Sorted <fast> & safe")
            #expect(tracking.events[2].location == nil)
            #expect(tracking.pickup_point?.name == "Primera Utrecht Centrum")
            #expect(tracking.pickup_point?.street == "Lange Viestraat 2" && tracking.pickup_point?.zipcode == "3511BK")
            #expect(tracking.preferred_delivery_date == nil)
            for text in Self.personalData + ["3511 BK", "6825 MC", "postcode"] {
                #expect(!body.contains(text), "\(text)")
            }

            let domestic = try await Self.create(client, fixture: "nl-domestic.json")
            let (_, _, domesticBody) = try await Self.page(
                client, "/track/\(domestic)", headers: [.accept: "application/json;q=0.9, text/html;q=0.5"])
            let plain = try JSONDecoder().decode(Tracking.self, from: Data(domesticBody.utf8))
            #expect(plain.status == "registered" && plain.preferred_delivery_date == "2018-09-09")
            #expect(plain.path == "delivery" && plain.events.isEmpty && plain.pickup_point == nil)
            #expect(domesticBody.contains("\"pickup_point\":null"))

            // A browser's Accept gets HTML; so does a tie.
            let browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
            let (_, browserHeaders, _) = try await Self.page(client, "/track/\(code)", headers: [.accept: browser])
            #expect(browserHeaders[.contentType] == "text/html; charset=utf-8")
            let (_, tieHeaders, _) = try await Self.page(
                client, "/track/\(code)", headers: [.accept: "application/json, text/html"])
            #expect(tieHeaders[.contentType] == "text/html; charset=utf-8")
        }
    }

    @Test func unknownVoidAndMalformedCodesGetAFriendlyPageInBothLanguages() async throws {
        let carrier = try TestCarrier()
        let flow = try carrier.flow()
        try await carrier.withServer(flow: flow) { client in
            let void = try await flow.store.issue(
                NewShipment(
                    account: "shop-a", service: "standard", senderAddressID: 1, reference: nil, orderID: nil,
                    picklistID: nil, returnID: nil, isReturn: false, zplDPI: 203, weightGrams: 500,
                    recipientCountry: "NL", recipientPostcode: "1012 AB", requestBody: Array("{}".utf8)),
                scheme: carrier.configuration.carrier.trackingCode)
            try await flow.store.void(id: void.id)

            for code in ["CC999999999NL", void.trackingCode] {
                let (status, headers, html) = try await Self.page(client, "/track/\(code)")
                #expect(status == .notFound)
                #expect(headers[.contentType] == "text/html; charset=utf-8")
                #expect(headers[.cacheControl] == "no-cache")
                #expect(html.contains("<html lang=\"en\">"))
                #expect(html.contains("<section lang=\"en\">\n<h1>Parcel not found</h1>"))
                #expect(html.contains("<section lang=\"nl\" class=\"other\">\n<h2>Pakket niet gevonden</h2>"))
                #expect(html.contains("<strong class=\"code\">\(code)</strong>"))
            }
            let (_, _, dutch) = try await Self.page(client, "/track/CC999999999NL?lang=nl")
            #expect(dutch.contains("<html lang=\"nl\">") && dutch.contains("<h1>Pakket niet gevonden</h1>"))
            #expect(dutch.contains("<h2>Parcel not found</h2>"))

            // Malformed: not repeated on the page.
            let (status, _, malformed) = try await Self.page(client, "/track/cc%3Cb%3Ex%3C%5Cb%3E")
            #expect(status == .notFound)
            #expect(!malformed.contains("<b>") && !malformed.contains("&lt;b&gt;"))
            #expect(malformed.contains("We cannot find a parcel with this tracking code."))
            let (longStatus, _, _) = try await Self.page(client, "/track/" + String(repeating: "A", count: 41))
            #expect(longStatus == .notFound)

            let (jsonStatus, jsonHeaders, json) = try await Self.page(
                client, "/track/CC999999999NL", headers: [.accept: "application/json"])
            #expect(jsonStatus == .notFound && jsonHeaders[.contentType] == "application/problem+json")
            #expect(json.contains("\"status\":404"))
        }
    }

    @Test func cachingHeadAndSecurityHeaders() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let code = try await Self.pickupShipmentWithFiveEvents(client)
            let (status, headers, html) = try await Self.page(client, "/track/\(code)")
            #expect(status == .ok)
            let eTag = try #require(headers[.eTag])
            #expect(eTag.wholeMatch(of: /"[0-9a-f]{32}"/) != nil)
            #expect(headers[.cacheControl] == "no-cache")
            #expect(headers[.vary] == "Accept")
            #expect(headers[.xContentTypeOptions] == "nosniff")
            #expect(headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
            let policy = try #require(headers[.contentSecurityPolicy])
            #expect(policy.contains("default-src 'none'") && policy.contains("style-src 'self'"))
            #expect(!policy.contains("unsafe") && !policy.contains("script-src"))
            // No script, no inline style: the page works as plain HTML and CSS.
            #expect(!html.contains("<script") && !html.contains("style=") && !html.contains("<style"))

            // Same page again: 304, no body; also for a weak or listed tag.
            for condition in [eTag, "W/\(eTag)", "\"other\", \(eTag)"] {
                let (notModified, again, body) = try await Self.page(
                    client, "/track/\(code)", headers: [.ifNoneMatch: condition])
                #expect(notModified == .notModified && body.isEmpty)
                #expect(again[.eTag] == eTag && again[.cacheControl] == "no-cache")
            }
            // Another language is another page.
            let (_, english, _) = try await Self.page(client, "/track/\(code)?lang=en", headers: [.ifNoneMatch: eTag])
            #expect(english[.eTag] != eTag)
            // A new scan changes the page and its tag.
            let later: [[String: Any]] = [
                [
                    "event_id": "\(code)-6", "tracking_code": code, "status": "returning_to_sender",
                    "occurred_at": "2025-04-01T08:00:00Z",
                ]
            ]
            _ = try await EventsAPITests.post(client, later)
            let (changed, changedHeaders, _) = try await Self.page(
                client, "/track/\(code)", headers: [.ifNoneMatch: eTag])
            #expect(changed == .ok && changedHeaders[.eTag] != eTag)

            // HEAD: same status and headers, no body.
            let (headStatus, head, headBody) = try await Self.page(client, "/track/\(code)", method: .head)
            #expect(headStatus == .ok && headBody.isEmpty)
            #expect(head[.eTag] == changedHeaders[.eTag] && head[.contentLength] == changedHeaders[.contentLength])
            let (headMissing, _, _) = try await Self.page(client, "/track/CC999999999NL", method: .head)
            #expect(headMissing == .notFound)
            let (post, postHeaders, _) = try await Self.page(client, "/track/\(code)", method: .post)
            #expect(post == .methodNotAllowed && postHeaders[.allow] == "GET, HEAD")

            // The style sheet the page links, cached for a year under its versioned URL.
            let styleURL = try #require(html.firstMatch(of: /<link rel="stylesheet" href="([^"]+)">/)).1
            #expect(styleURL.hasPrefix("/track/assets/style.css?v="))
            let (cssStatus, cssHeaders, css) = try await Self.page(client, String(styleURL))
            #expect(cssStatus == .ok && cssHeaders[.contentType] == "text/css; charset=utf-8")
            #expect(cssHeaders[.cacheControl] == "public, max-age=31536000, immutable")
            #expect(cssHeaders[.xContentTypeOptions] == "nosniff")
            #expect(css.contains(".timeline") && css.contains("@media"))
            let (cssAgain, _, _) = try await Self.page(
                client, "/track/assets/style.css", headers: [.ifNoneMatch: try #require(cssHeaders[.eTag])])
            #expect(cssAgain == .notModified)
            // No logo configured: none linked, none served.
            #expect(!html.contains("<img"))
            let (logoStatus, _, _) = try await Self.page(client, "/track/assets/logo.png")
            #expect(logoStatus == .notFound)
        }
    }

    @Test func theCarriersLogoIsShownAndServed() async throws {
        let carrier = try TestCarrier()
        var configuration = carrier.configuration
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let png = try Data(contentsOf: root.appendingPathComponent("Fixtures/logo.png"))
        configuration.carrier.logo = try LabelLogo(png: Array(png))
        let store = try SQLiteShipmentStore(path: configuration.databasePath)
        let application = try CarrierApplication.build(
            configuration: configuration, store: store, logger: TestCarrier.logger)
        try await application.test(.ahc(.https)) { client in
            let code = try await Self.create(client, fixture: "nl-domestic.json")
            let (_, _, html) = try await Self.page(client, "/track/\(code)")
            let image = try #require(html.firstMatch(of: /<img class="logo" src="([^"]+)" alt="Testkoerier"/)).1
            #expect(image.hasPrefix("/track/assets/logo.png?v="))
            let served = try await client.execute(uri: String(image), method: .get) { response in
                #expect(response.headers[.contentType] == "image/png")
                return Data(response.body.readableBytesView)
            }
            #expect(served == png)
        }
    }

    @Test func acceptNegotiation() {
        #expect(!TrackingNegotiation.prefersJSON(nil))
        #expect(TrackingNegotiation.prefersJSON("application/json"))
        #expect(!TrackingNegotiation.prefersJSON("*/*"))
        #expect(!TrackingNegotiation.prefersJSON("text/*, application/json;q=0.5"))
        #expect(TrackingNegotiation.prefersJSON("application/*, text/html;q=0.1"))
        #expect(!TrackingNegotiation.prefersJSON("application/json;q=0, */*"))
    }
}
