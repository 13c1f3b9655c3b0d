import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import NIOCore
import PicqerAPI
import Shipping

/// The public tracking page a tracking URL opens (`/track/{code}`): status, progress, pickup point and scan
/// history of a parcel in Dutch or English, or the same data as JSON — without any personal data, since
/// anyone with the code can open it.
///
/// The templates are compiled once, when the server starts; a request costs two store reads and one render.
/// Every answer carries `Cache-Control: no-cache` with a strong ETag of its body (so a browser revalidates and
/// gets a 304 while nothing changed), and headers that forbid scripts, framing and sniffing.
struct TrackingPage: Sendable {
    let configuration: CarrierConfiguration
    let store: any ShipmentStore
    let assets: TrackingAssets
    private let library: MustacheLibrary

    /// The headers of every tracking page answer: no script, style and images only from this server, no
    /// framing, no referrer (the URL holds the tracking code).
    static let securityHeaders: HTTPFields = [
        .contentSecurityPolicy:
            "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        .xContentTypeOptions: "nosniff",
        .referrerPolicy: "no-referrer",
    ]

    /// Compiles the templates.
    /// - Throws: a template parse error (a programming error, caught by the tests).
    init(configuration: CarrierConfiguration, store: any ShipmentStore) throws {
        self.configuration = configuration
        self.store = store
        assets = TrackingAssets(configuration: configuration)
        library = MustacheLibrary(templates: [
            TrackingHeaderTemplate.name: try MustacheTemplate(string: TrackingHeaderTemplate.text),
            TrackingPageTemplate.name: try MustacheTemplate(string: TrackingPageTemplate.text),
            TrackingNotFoundTemplate.name: try MustacheTemplate(string: TrackingNotFoundTemplate.text),
            TrackingNotFoundTemplate.textPartialName: try MustacheTemplate(
                string: TrackingNotFoundTemplate.textPartial),
        ])
    }

    /// `GET /track/{code}`: the page, its JSON variant, or the 404 page.
    func show(_ request: Request, context: CarrierRequestContext) async throws -> Response {
        let code = context.parameters.get("code") ?? ""
        let wantsJSON = TrackingNegotiation.prefersJSON(request.headers[.accept])
        let asked = request.uri.queryParameters["lang"]
        guard Self.isWellFormed(code), let record = try await store.shipment(trackingCode: code),
            record.status != .void
        else {
            return notFound(request, code: Self.isWellFormed(code) ? code : nil, language: asked, json: wantsJSON)
        }
        let events = try await store.events(trackingCode: code) ?? []
        let snapshot = TrackingSnapshot(record: record, events: events, configuration: configuration)
        if wantsJSON {
            return Self.answer(
                request, status: .ok, contentType: "application/json",
                body: ByteBuffer(bytes: try TrackingJSON(snapshot).encoded()), cacheControl: "no-cache", vary: true)
        }
        let language = TrackingNegotiation.language(asked, fallback: snapshot.language)
        let html =
            library.render(
                TrackingPageContext(snapshot, language: language, assets: assets),
                withTemplate: TrackingPageTemplate.name)
            ?? ""
        return Self.answer(
            request, status: .ok, contentType: "text/html; charset=utf-8", body: ByteBuffer(string: html),
            cacheControl: "no-cache", vary: true)
    }

    /// `GET /track/assets/style.css`.
    func styleSheet(_ request: Request, context: CarrierRequestContext) async throws -> Response {
        Self.answer(request, file: assets.style)
    }

    /// `GET /track/assets/logo.png`: the carrier's logo, or 404 when none is configured.
    func logoImage(_ request: Request, context: CarrierRequestContext) async throws -> Response {
        guard let file = assets.logoFile else {
            return Self.answer(
                request, status: .notFound, contentType: "text/plain; charset=utf-8",
                body: ByteBuffer(string: "No logo is configured.\n"), cacheControl: "no-cache", vary: false)
        }
        return Self.answer(request, file: file)
    }

    /// A tracking code as the schemes make them: 1 to 40 upper-case ASCII letters and digits.
    static func isWellFormed(_ code: String) -> Bool {
        !code.isEmpty && code.utf8.count <= 40
            && code.utf8.allSatisfy { (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) }
    }

    private func notFound(_ request: Request, code: String?, language asked: Substring?, json: Bool) -> Response {
        if json {
            let problem =
                #"{"type":"about:blank","title":"Not Found","status":404,"detail":"No parcel has this tracking code."}"#
            return Self.answer(
                request, status: .notFound, contentType: "application/problem+json",
                body: ByteBuffer(string: problem), cacheControl: "no-cache", vary: true)
        }
        let language = TrackingNegotiation.language(asked, fallback: .en)
        let context = TrackingNotFoundContext(
            language: language, code: code, carrier: configuration.carrier.name, assets: assets)
        let html = library.render(context, withTemplate: TrackingNotFoundTemplate.name) ?? ""
        return Self.answer(
            request, status: .notFound, contentType: "text/html; charset=utf-8", body: ByteBuffer(string: html),
            cacheControl: "no-cache", vary: true)
    }

    /// A static file, cached for a year (its URL changes with its bytes).
    private static func answer(_ request: Request, file: TrackingAssets.File) -> Response {
        answer(
            request, status: .ok, contentType: file.contentType, body: file.bytes,
            cacheControl: "public, max-age=31536000, immutable", vary: false, eTag: file.eTag)
    }

    /// The answer with its caching and security headers, or `304 Not Modified` when the request's
    /// `If-None-Match` holds the body's ETag.
    private static func answer(
        _ request: Request, status: HTTPResponse.Status, contentType: String, body: ByteBuffer, cacheControl: String,
        vary: Bool, eTag given: String? = nil
    ) -> Response {
        let eTag = given ?? TrackingAssets.eTag(of: Array(body.readableBytesView))
        var headers = securityHeaders
        headers[.cacheControl] = cacheControl
        headers[.eTag] = eTag
        if vary { headers[.vary] = "Accept" }
        if status == .ok, TrackingNegotiation.matches(ifNoneMatch: request.headers[values: .ifNoneMatch], eTag: eTag) {
            return Response(status: .notModified, headers: headers, body: .init())
        }
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: .init(byteBuffer: body))
    }
}
