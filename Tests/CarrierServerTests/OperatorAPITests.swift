import CarrierServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LabelVerification
import Shipping
import Testing

/// The operator API over live HTTPS: authentication, the change feed, one shipment, cancel and
/// byte-identical reprints.
@Suite struct OperatorAPITests {
    struct Problem: Decodable {
        struct FieldError: Decodable {
            var parameter: String?
            var detail: String
        }
        var type: String
        var title: String
        var status: Int
        var detail: String?
        var errors: [FieldError]?
    }

    struct Page: Decodable {
        var shipments: [Shipment]
        var next_cursor: String
    }

    struct Shipment: Decodable {
        struct Recipient: Decodable {
            var name: String?
            var zipcode: String
            var city: String?
            var country: String
        }
        var tracking_code: String
        var status: String
        var account: String
        var recipient: Recipient
        var weight_grams: Int
        var label_format: String?
        var personal_data_erased: Bool
    }

    static func decode<T: Decodable>(_ type: T.Type, _ buffer: ByteBuffer) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
    }

    static func create(_ client: any TestClientProtocol, fixture: String = "nl-domestic.json") async throws
        -> PicqerAnswer
    {
        try await client.execute(
            uri: "/picqer-integration/shipments", method: .post,
            headers: TestCarrier.shopA.merging([.contentType: "application/json"]),
            body: try TestCarrier.fixture(fixture)
        ) { response in
            #expect(response.status == .ok)
            return try PicqerAnswer(response.body)
        }
    }

    @Test func authenticationMatrix() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let documentText = try String(
                contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                    .appendingPathComponent("../../Sources/CarrierServer/openapi.yaml").standardized, encoding: .utf8)
            try await client.execute(uri: "/api/v1/openapi.yaml", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == documentText)
            }
            let cases: [(HTTPRequest.Method, String, HTTPFields, HTTPResponse.Status)] = [
                (.get, "/api/v1/shipments", [:], .unauthorized),
                (.get, "/api/v1/shipments", [.authorization: "Bearer wrong-token"], .unauthorized),
                (.get, "/api/v1/shipments", TestCarrier.shopA, .unauthorized),
                (.get, "/api/v1/shipments", TestCarrier.operatorRO, .ok),
                (.get, "/api/v1/shipments", TestCarrier.operatorRW, .ok),
                (.post, "/api/v1/shipments/CC000000001NL/cancel", TestCarrier.operatorRO, .forbidden),
                (.post, "/api/v1/shipments/CC000000001NL/cancel", TestCarrier.operatorRW, .notFound),
                (.get, "/picqer-integration/config-options", TestCarrier.operatorRW, .unauthorized),
                (.get, "/api/v1/shipments/CC000000001NL/cancel", TestCarrier.operatorRW, .methodNotAllowed),
                (.get, "/api/v1/nothing-here", TestCarrier.operatorRW, .notFound),
            ]
            for (method, uri, headers, status) in cases {
                try await client.execute(uri: uri, method: method, headers: headers) { response in
                    #expect(response.status == status, "\(method) \(uri)")
                    guard status != .ok else { return }
                    if uri.hasPrefix("/api/v1") {
                        #expect(response.headers[.contentType] == "application/problem+json", "\(uri)")
                        let problem = try Self.decode(Problem.self, response.body)
                        #expect(problem.status == Int(status.code) && problem.type == "about:blank")
                    }
                    if status == .unauthorized, uri.hasPrefix("/api/v1") {
                        #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
                    }
                    if status == .methodNotAllowed { #expect(response.headers[.allow] == "POST") }
                }
            }
        }
    }

    @Test func feedDetailAndCancel() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            var codes: [String] = []
            for _ in 0..<3 { codes.append(try #require(try await Self.create(client).data).tracking_code) }

            let first = try await client.execute(
                uri: "/api/v1/shipments?limit=2", method: .get, headers: TestCarrier.operatorRW
            ) { try Self.decode(Page.self, $0.body) }
            #expect(first.shipments.map(\.tracking_code) == Array(codes.prefix(2)))
            #expect(first.shipments.allSatisfy { $0.status == "active" && $0.account == "shop-a" })
            #expect(first.shipments[0].recipient.name != nil && first.shipments[0].label_format == "A6")
            let second = try await client.execute(
                uri: "/api/v1/shipments?after=\(first.next_cursor)&limit=50", method: .get,
                headers: TestCarrier.operatorRW
            ) { try Self.decode(Page.self, $0.body) }
            #expect(second.shipments.map(\.tracking_code) == [codes[2]])
            let empty = try await client.execute(
                uri: "/api/v1/shipments?after=\(second.next_cursor)", method: .get, headers: TestCarrier.operatorRW
            ) { try Self.decode(Page.self, $0.body) }
            #expect(empty.shipments.isEmpty && empty.next_cursor == second.next_cursor)

            for _ in 0..<2 {
                try await client.execute(
                    uri: "/api/v1/shipments/\(codes[1])/cancel", method: .post, headers: TestCarrier.operatorRW
                ) { response in
                    #expect(response.status == .ok)
                    let shipment = try Self.decode(Shipment.self, response.body)
                    #expect(shipment.status == "cancelled")
                }
            }
            let afterCancel = try await client.execute(
                uri: "/api/v1/shipments?after=\(second.next_cursor)", method: .get, headers: TestCarrier.operatorRW
            ) { try Self.decode(Page.self, $0.body) }
            #expect(afterCancel.shipments.map(\.tracking_code) == [codes[1]])
            #expect(afterCancel.shipments.first?.status == "cancelled")
            // A cancelled shipment's label still reprints (it is marked nothing).
            try await client.execute(
                uri: "/api/v1/shipments/\(codes[1])/label.pdf", method: .get, headers: TestCarrier.operatorRO
            ) { #expect($0.status == .ok && $0.headers[.contentType] == "application/pdf") }

            try await client.execute(
                uri: "/api/v1/shipments/\(codes[0])", method: .get, headers: TestCarrier.operatorRO
            ) { response in
                #expect(response.status == .ok)
                let shipment = try Self.decode(Shipment.self, response.body)
                #expect(shipment.tracking_code == codes[0] && shipment.status == "active")
                #expect(!shipment.personal_data_erased)
            }
            try await client.execute(
                uri: "/api/v1/shipments/CC999999999NL", method: .get, headers: TestCarrier.operatorRO
            ) { #expect($0.status == .notFound) }
            try await client.execute(
                uri: "/api/v1/shipments?after=not-a-cursor&limit=0", method: .get, headers: TestCarrier.operatorRO
            ) { response in
                #expect(response.status == .badRequest)
                let problem = try Self.decode(Problem.self, response.body)
                #expect(Set((problem.errors ?? []).compactMap(\.parameter)) == ["after", "limit"])
            }
        }
    }

    /// A reprint is the same bytes as the label Picqer got: A6 and A4 with customs documents.
    @Test(arguments: ["nl-domestic.json", "ch-customs.json", "pickup-point.json"])
    func reprintIsByteIdentical(fixture: String) async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let answer = try #require(try await Self.create(client, fixture: fixture).data)
            let pdf = try #require(Data(base64Encoded: answer.label.documents.pdf))
            let zpl = try #require(answer.label.documents.zpl.flatMap { Data(base64Encoded: $0) })
            try await client.execute(
                uri: "/api/v1/shipments/\(answer.tracking_code)/label.pdf", method: .get,
                headers: TestCarrier.operatorRO
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/pdf")
                #expect(Data(response.body.readableBytesView) == pdf)
            }
            try await client.execute(
                uri: "/api/v1/shipments/\(answer.tracking_code)/label.zpl", method: .get,
                headers: TestCarrier.operatorRO
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
                #expect(Data(response.body.readableBytesView) == zpl)
            }
        }
    }

    /// A consumer polling the feed with its cursor while 200 shipments are made concurrently sees
    /// every shipment's change exactly once, and nothing else.
    @Test func feedDuringABurstMissesNothingAndRepeatsNothing() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let seen = try await withThrowingTaskGroup(of: (polled: Bool, codes: [String]).self) { group in
                group.addTask {
                    // 200 shipments from 10 concurrent Picqer clients (a warehouse's busy hour).
                    try await withThrowingTaskGroup(of: [String].self) { burst in
                        for _ in 0..<10 {
                            burst.addTask {
                                var codes: [String] = []
                                for _ in 0..<20 {
                                    codes.append(try #require(try await Self.create(client).data).tracking_code)
                                }
                                return codes
                            }
                        }
                        var codes: [String] = []
                        for try await some in burst { codes += some }
                        return (false, codes)
                    }
                }
                group.addTask {
                    var cursor: String?
                    var codes: [String] = []
                    var emptyPollsAfterAll = 0
                    let deadline = ContinuousClock.now + .seconds(120)
                    while emptyPollsAfterAll < 2, ContinuousClock.now < deadline {
                        let uri = "/api/v1/shipments?limit=37" + (cursor.map { "&after=\($0)" } ?? "")
                        let page = try await client.execute(uri: uri, method: .get, headers: TestCarrier.operatorRO) {
                            try Self.decode(Page.self, $0.body)
                        }
                        codes += page.shipments.map(\.tracking_code)
                        cursor = page.next_cursor
                        if page.shipments.isEmpty && codes.count >= 200 { emptyPollsAfterAll += 1 }
                        if page.shipments.isEmpty { try await Task.sleep(for: .milliseconds(20)) }
                    }
                    return (true, codes)
                }
                var results: [(polled: Bool, codes: [String])] = []
                for try await result in group { results.append(result) }
                return results
            }
            let made = try #require(seen.first { !$0.polled }).codes
            let polled = try #require(seen.first { $0.polled }).codes
            #expect(made.count == 200 && Set(made).count == 200)
            #expect(polled.count == 200, "the feed showed \(polled.count) changes for 200 new shipments")
            #expect(Set(polled) == Set(made))
            // One page of all 200 (written in slices, one per core): the same shipments in the same order.
            let whole = try await client.execute(
                uri: "/api/v1/shipments?limit=1000", method: .get, headers: TestCarrier.operatorRO
            ) { try Self.decode(Page.self, $0.body) }
            #expect(whole.shipments.map(\.tracking_code) == polled)
        }
    }

    /// Today's manifest of shop-a: the active parcels (not the cancelled one) in the PDF for the
    /// driver and in the CSV with the full address; parameters checked.
    @Test func endOfDayManifest() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let kept = try #require(try await Self.create(client).data).tracking_code
            let cancelled = try #require(try await Self.create(client).data).tracking_code
            try await client.execute(
                uri: "/api/v1/shipments/\(cancelled)/cancel", method: .post, headers: TestCarrier.operatorRW
            ) { #expect($0.status == .ok) }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam")!
            let parts = calendar.dateComponents([.year, .month, .day], from: Date())
            let day = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)

            let folder = try TemporaryFolder()
            try await client.execute(
                uri: "/api/v1/manifests/\(day).pdf?account=shop-a", method: .get, headers: TestCarrier.operatorRO
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/pdf")
                let pdf = PDFInspection(path: try folder.write(Array(response.body.readableBytesView), to: "m.pdf"))
                let text = try pdf.text()
                #expect(text.contains(kept) && !text.contains(cancelled))
                try pdf.qpdfCheck()
            }
            try await client.execute(
                uri: "/api/v1/manifests/\(day).csv?account=shop-a&sender_address=1", method: .get,
                headers: TestCarrier.operatorRO
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                let lines = String(buffer: response.body).components(separatedBy: "\r\n").filter { !$0.isEmpty }
                #expect(lines.count == 2, "\(lines)")
                #expect(lines.last?.contains(kept) == true)
            }
            try await client.execute(
                uri: "/api/v1/manifests/\(day).csv?account=shop-a&sender_address=2", method: .get,
                headers: TestCarrier.operatorRO
            ) { response in
                #expect(String(buffer: response.body).components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1)
            }
            for (uri, status) in [
                ("/api/v1/manifests/2026-13-45.pdf?account=shop-a", HTTPResponse.Status.badRequest),
                ("/api/v1/manifests/\(day).pdf?account=nobody", .notFound),
                ("/api/v1/manifests/\(day).pdf?account=shop-a&sender_address=99", .notFound),
                ("/api/v1/manifests/\(day).pdf", .badRequest),
                ("/api/v1/manifests/\(day).xlsx?account=shop-a", .badRequest),
            ] {
                try await client.execute(uri: uri, method: .get, headers: TestCarrier.operatorRO) { response in
                    #expect(response.status == status, "\(uri)")
                    #expect(response.headers[.contentType] == "application/problem+json", "\(uri)")
                }
            }
        }
    }

    /// After the retention period a shipment keeps its code, status, postcode and country, loses
    /// the recipient's name and address, and its label is gone (410); a void one never reprints (409).
    @Test func erasedAndVoidShipmentsDoNotReprint() async throws {
        let carrier = try TestCarrier()
        let flow = try carrier.flow()
        try await carrier.withServer(flow: flow) { client in
            let code = try #require(try await Self.create(client).data).tracking_code
            #expect(
                try await flow.store.erasePersonalData(createdBefore: Date().addingTimeInterval(60), at: Date()) == 1)
            try await client.execute(
                uri: "/api/v1/shipments/\(code)/label.pdf", method: .get, headers: TestCarrier.operatorRO
            ) { #expect($0.status == .gone) }
            try await client.execute(uri: "/api/v1/shipments/\(code)", method: .get, headers: TestCarrier.operatorRO) {
                response in
                let shipment = try Self.decode(Shipment.self, response.body)
                #expect(shipment.personal_data_erased && shipment.recipient.name == nil)
                #expect(shipment.recipient.zipcode == "6825 MC" || !shipment.recipient.zipcode.isEmpty)
                #expect(shipment.recipient.country == "NL")
            }
            let void = try await flow.store.issue(
                NewShipment(
                    account: "shop-a", service: "standard", senderAddressID: 1, reference: nil, orderID: nil,
                    picklistID: nil, returnID: nil, isReturn: false, zplDPI: 203, weightGrams: 500,
                    recipientCountry: "NL", recipientPostcode: "1012 AB", requestBody: Array("{}".utf8)),
                scheme: carrier.configuration.carrier.trackingCode)
            try await flow.store.void(id: void.id)
            try await client.execute(
                uri: "/api/v1/shipments/\(void.trackingCode)/label.zpl", method: .get, headers: TestCarrier.operatorRO
            ) { #expect($0.status == .conflict) }
            try await client.execute(
                uri: "/api/v1/shipments/\(void.trackingCode)/cancel", method: .post, headers: TestCarrier.operatorRW
            ) { #expect($0.status == .conflict) }
        }
    }
}
