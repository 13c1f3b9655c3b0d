import HTTPTypes
import Hummingbird
import Shipping

/// Every route the server answers, in one table: the router registers these, ``MethodGuardMiddleware`` answers
/// 405 with their methods in `Allow`, and ``PicqerErrorMiddleware`` logs requests by their patterns.
enum Route: CaseIterable {
    /// `GET /health`: liveness for load balancers.
    case health
    /// `GET /health/ready`: readiness — 503 while the database cannot be used.
    case ready
    /// `GET /track/:code` (and `HEAD`): the public tracking page.
    case trackingPage
    /// `GET /track/assets/style.css` (and `HEAD`): the tracking pages' style sheet.
    case trackingStyle
    /// `GET /track/assets/logo.png` (and `HEAD`): the carrier's logo on the tracking pages.
    case trackingLogo
    /// `GET /picqer-integration/config-options`: Picqer's options call.
    case configOptions
    /// `POST /picqer-integration/shipments`: Picqer's shipment call.
    case shipments
    /// `GET /api/v1/openapi.yaml`: the operator API's document.
    case operatorDocument
    /// `GET /api/v1/shipments`: the change feed.
    case operatorFeed
    /// `GET /api/v1/shipments/:code`: one shipment.
    case operatorShipment
    /// `GET /api/v1/shipments/:code/label.pdf`: reprint as PDF.
    case operatorLabelPDF
    /// `GET /api/v1/shipments/:code/label.zpl`: reprint as ZPL.
    case operatorLabelZPL
    /// `POST /api/v1/shipments/:code/cancel`: cancel.
    case operatorCancel
    /// `GET /api/v1/shipments/:code/events`: a shipment's scan events.
    case operatorShipmentEvents
    /// `POST /api/v1/events`: scan events in.
    case operatorEvents
    /// `GET /api/v1/manifests/:day` (`YYYY-MM-DD.pdf` or `.csv`): the end-of-day manifest.
    case operatorManifest

    /// The path pattern; a segment starting with `:` is a parameter.
    var path: String {
        switch self {
        case .health: return "/health"
        case .ready: return "/health/ready"
        case .trackingPage: return TrackingPagePath.prefix + ":code"
        case .trackingStyle: return TrackingPagePath.prefix + "assets/style.css"
        case .trackingLogo: return TrackingPagePath.prefix + "assets/logo.png"
        case .configOptions: return "/picqer-integration/config-options"
        case .shipments: return "/picqer-integration/shipments"
        case .operatorDocument: return OperatorAPIRoutes.documentPath
        case .operatorFeed: return OperatorAPIRoutes.prefix + "/shipments"
        case .operatorShipment: return OperatorAPIRoutes.prefix + "/shipments/:code"
        case .operatorLabelPDF: return OperatorAPIRoutes.prefix + "/shipments/:code/label.pdf"
        case .operatorLabelZPL: return OperatorAPIRoutes.prefix + "/shipments/:code/label.zpl"
        case .operatorCancel: return OperatorAPIRoutes.prefix + "/shipments/:code/cancel"
        case .operatorShipmentEvents: return OperatorAPIRoutes.prefix + "/shipments/:code/events"
        case .operatorEvents: return OperatorAPIRoutes.prefix + "/events"
        case .operatorManifest: return OperatorAPIRoutes.prefix + "/manifests/:day"
        }
    }

    /// The method the route is for.
    var method: HTTPRequest.Method {
        switch self {
        case .health, .ready, .trackingPage, .trackingStyle, .trackingLogo, .configOptions, .operatorDocument,
            .operatorFeed, .operatorShipment,
            .operatorLabelPDF, .operatorLabelZPL, .operatorManifest, .operatorShipmentEvents:
            return .get
        case .shipments, .operatorCancel, .operatorEvents: return .post
        }
    }

    /// Every method the route answers: ``method``, and `HEAD` too for the public tracking page and its files
    /// (browsers and link checkers ask for them).
    var methods: [HTTPRequest.Method] {
        switch self {
        case .trackingPage, .trackingStyle, .trackingLogo: return [method, .head]
        default: return [method]
        }
    }

    /// The pattern as the router takes it.
    var routerPath: RouterPath { RouterPath(path) }

    /// Whether a request path (a trailing `/` ignored) matches the pattern.
    func matches(_ requestPath: String) -> Bool {
        let wanted = path.split(separator: "/")
        let given = requestPath.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        let segments = given.last == "" ? Array(given.dropLast()) : Array(given)
        guard segments.count == wanted.count else { return false }
        return zip(wanted, segments).allSatisfy { pattern, segment in
            pattern.hasPrefix(":") ? !segment.isEmpty : pattern == segment
        }
    }

    /// The routes whose pattern matches a request path.
    static func matching(_ requestPath: String) -> [Route] {
        allCases.filter { $0.matches(requestPath) }
    }
}
