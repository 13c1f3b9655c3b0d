import Foundation
import Hummingbird
import NIOCore
import OpenAPIHummingbird
import OpenAPIRuntime
import Shipping

/// Where the operator API lives and how it is put on the router.
enum OperatorAPIRoutes {
    /// Path prefix of every operator route.
    static let prefix = "/api/v1"
    /// Where the OpenAPI document is served (no authentication).
    static let documentPath = prefix + "/openapi.yaml"

    /// Registers the document and, behind ``OperatorAuthMiddleware``, the generated routes.
    static func register(
        on router: Router<CarrierRequestContext>, service: OperatorAPIService, throttle: LoginThrottle
    ) throws {
        router.on(RouterPath(documentPath), method: .get) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: documentText)))
        }
        let group = router.group()
            .add(middleware: OperatorAuthMiddleware(live: service.live, throttle: throttle, verified: .init()))
        // Compact JSON: a feed page of 500 shipments is encoded several times faster than with the
        // runtime's default sorted, pretty-printed output.
        try service.registerHandlers(
            on: ChangeFeedFastPath(base: group, service: service, path: prefix + "/shipments"),
            serverURL: URL(string: prefix)!,
            configuration: Configuration(
                dateTranscoder: RFC3339DateTranscoder(), jsonEncodingOptions: [.withoutEscapingSlashes]))
        // A manifest in a format other than the two documented ones: name the parameter.
        group.get(RouterPath(prefix + "/manifests/:file")) { _, context -> Response in
            let file = context.parameters.get("file") ?? ""
            let format = file.split(separator: ".", omittingEmptySubsequences: false).dropFirst().last.map(String.init)
            throw OperatorProblem.badParameters([
                .init(
                    parameter: "format",
                    detail: "a manifest is YYYY-MM-DD.pdf or YYYY-MM-DD.csv, got '.\(format ?? "")'")
            ])
        }
    }
}
