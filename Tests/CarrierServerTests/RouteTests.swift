import HTTPTypes
import Testing

@testable import CarrierServer

/// The one route table: what the router serves is what the 405 guard and the request log know.
@Suite struct RouteTests {
    @Test func requestPathsFindTheirRoute() {
        #expect(Route.matching("/picqer-integration/shipments") == [.shipments])
        #expect(Route.matching("/picqer-integration/shipments/") == [.shipments])
        #expect(Route.matching("/track/CC000000014NL") == [.trackingPage])
        #expect(Route.matching("/track/") == [])
        #expect(Route.matching("/track/CC1/more") == [])
        #expect(Route.matching("/track/assets/style.css") == [.trackingStyle])
        #expect(Route.matching("/track/assets/logo.png") == [.trackingLogo])
        #expect(Route.matching("/picqer-integration") == [])
        #expect(Route.matching("/") == [])
    }

    @Test func theTrackingPageAndItsFilesAnswerHead() {
        for route in [Route.trackingPage, .trackingStyle, .trackingLogo] {
            #expect(route.methods == [.get, .head])
            #expect(route.path.hasPrefix("/track/"))
        }
        #expect(Route.shipments.methods == [.post])
        #expect(Route.configOptions.methods == [.get])
    }

    @Test func theLogNamesRoutesNeverWhatWasTypedIntoTheURL() {
        #expect(PicqerErrorMiddleware.loggablePath("/track/CC000000014NL") == "/track/:code")
        #expect(PicqerErrorMiddleware.loggablePath("/health") == "/health")
        #expect(PicqerErrorMiddleware.loggablePath("/jan.jansen@example.com") == "(other)")
    }

    @Test func theRefusalsNameThePicqerRoutes() {
        let notFound = PicqerErrorMiddleware.message(for: .notFound)
        let wrongMethod = PicqerErrorMiddleware.message(for: .methodNotAllowed)
        for route in [Route.configOptions, .shipments] {
            #expect(notFound.contains(route.path))
            #expect(wrongMethod.contains("\(route.path) takes \(route.method.rawValue)"))
        }
    }
}
