import Foundation
import HTTPTypes
import HummingbirdTesting
import LabelVerification
import NIOCore
import SQLiteStore
import Shipping
import Testing

/// `POST /picqer-integration/shipments` with Picqer's examples and our fixtures, the labels
/// read back with poppler and zbar.
@Suite struct ShipmentEndpointTests {
    static let a6 = (width: 297.638, height: 419.528)
    static let a4 = (width: 595.276, height: 841.89)

    /// Posts `body` as shop A (or `headers`) and returns status and decoded answer.
    static func post(
        _ client: any TestClientProtocol, _ body: ByteBuffer, headers: HTTPFields = TestCarrier.shopA
    ) async throws -> (HTTPResponse.Status, PicqerAnswer) {
        var fields = headers
        fields[.contentType] = "application/json"
        let response = try await client.execute(
            uri: "/picqer-integration/shipments", method: .post, headers: fields, body: body)
        #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
        return (response.status, try PicqerAnswer(response.body))
    }

    /// Checks a successful answer: tracking data, page size, and that the Code 128 on the
    /// first page scans as the tracking code.
    static func verifyLabel(_ answer: PicqerAnswer, format: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let data = try #require(answer.data, sourceLocation: sourceLocation)
        #expect(data.carrier_key == "courier", sourceLocation: sourceLocation)
        #expect(data.carrier_name == "Testkoerier", sourceLocation: sourceLocation)
        #expect(data.tracking_code.wholeMatch(of: /CC\d{9}NL/) != nil, sourceLocation: sourceLocation)
        #expect(
            data.tracking_url == "https://track.test.example/track/\(data.tracking_code)",
            sourceLocation: sourceLocation)
        #expect(data.label.format == format, sourceLocation: sourceLocation)

        let folder = try TemporaryFolder()
        let pdf = try #require(Data(base64Encoded: data.label.documents.pdf), sourceLocation: sourceLocation)
        let inspection = PDFInspection(path: try folder.write(Array(pdf), to: "label.pdf"))
        let info = try inspection.info()
        let pages = Int(info["Pages"] ?? "0") ?? 0
        #expect(format == "A6" ? pages == 1 : pages >= 2, "pages: \(pages)", sourceLocation: sourceLocation)
        let size = try inspection.pageSize()
        let expected = format == "A6" ? a6 : a4
        #expect(
            abs(size.width - expected.width) < 0.5 && abs(size.height - expected.height) < 0.5,
            "page size \(size)", sourceLocation: sourceLocation)
        let symbols = try inspection.decodeSymbols(page: 1, in: folder)
        #expect(
            symbols.contains { $0.type == "CODE-128" && $0.data == data.tracking_code },
            "decoded: \(symbols)", sourceLocation: sourceLocation)
        #expect(
            symbols.contains { $0.type == "QR-Code" && $0.data == data.tracking_url },
            "decoded: \(symbols)", sourceLocation: sourceLocation)

        let zplData = try #require(
            data.label.documents.zpl.flatMap { Data(base64Encoded: $0) }, sourceLocation: sourceLocation)
        let zpl = String(decoding: zplData, as: UTF8.self)
        #expect(
            zpl.hasPrefix("^XA") && zpl.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("^XZ"),
            sourceLocation: sourceLocation)
        #expect(zpl.contains(data.tracking_code), sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        ("nl-domestic.json", "A6"), ("pickup-point.json", "A6"), ("return.json", "A6"), ("minimal.json", "A6"),
        ("lenient-types.json", "A6"), ("ch-customs.json", "A4"),
    ])
    func goodFixturesGetALabelThatScans(fixture: String, format: String) async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let (status, answer) = try await Self.post(client, try TestCarrier.fixture(fixture))
            #expect(status == .ok, "\(fixture): \(answer.error_messages ?? [])")
            guard status == .ok else { return }
            try Self.verifyLabel(answer, format: format)
        }
    }

    @Test(arguments: [
        ("bad/malformed.json", 400, [String]()),
        ("bad/missing-recipient-fields.json", 422, ["adres", "postcode", "plaats", "land"]),
        ("bad/bad-types.json", 422, []),
        ("bad/bad-date.json", 422, []),
        ("bad/bad-customs-rows.json", 422, ["product", "HS"]),
        ("bad/unknown-sender-address.json", 422, ["999999"]),
        ("bad/three-problems-at-once.json", 422, ["postcode", "insurance", "customs data is missing"]),
        ("picqer-example-nl.json", 422, ["29", "92828"]),
    ])
    func badFixturesGetAClearRefusal(fixture: String, status expected: Int, words: [String]) async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let (status, answer) = try await Self.post(client, try TestCarrier.fixture(fixture))
            #expect(Int(status.code) == expected, "\(fixture)")
            #expect(answer.data == nil)
            let messages = try #require(answer.error_messages)
            #expect(!messages.isEmpty)
            let text = messages.joined(separator: "\n").lowercased()
            for word in words {
                #expect(text.contains(word.lowercased()), "\(fixture): '\(word)' not in \(messages)")
            }
        }
    }

    @Test func everyProblemIsReportedAtOnceInDutch() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let (status, answer) = try await Self.post(
                client, try TestCarrier.fixture("bad/missing-recipient-fields.json"))
            #expect(status == .unprocessableContent)
            let messages = try #require(answer.error_messages)
            #expect(messages.count >= 4, "\(messages)")
            // Dutch: the fixture's language is nl.
            #expect(messages.allSatisfy { !$0.lowercased().contains("recipient") }, "\(messages)")
        }
    }

    /// Over live HTTPS: a bad postcode (validation), missing customs data for Switzerland and insurance without
    /// a value of goods (both planning) come back in one 422, so the warehouse user fixes everything at once.
    @Test func everyProblemOfValidationAndPlanningComesInOneAnswer() async throws {
        let base = try TestCarrier.fixture("nl-domestic.json")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(base.readableBytesView)) as? [String: Any])
        var data = try #require(json["data"] as? [String: Any])
        var shipment = try #require(data["shipment"] as? [String: Any])
        var recipient = try #require(shipment["recipient"] as? [String: Any])
        recipient["country"] = "CH"
        recipient["zipcode"] = "   "
        shipment["recipient"] = recipient
        shipment["value_of_goods"] = NSNull()
        shipment["language"] = "en"
        shipment.removeValue(forKey: "customs_data")
        data["shipment"] = shipment
        data["profile"] = [
            ["key": "shipping_method", "value": "standard"], ["key": "sender_address", "value": 1],
            ["key": "insured", "value": 1],
        ]
        json["data"] = data
        let body = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json))

        let carrier = try TestCarrier()
        let (status, answer) = try await carrier.withServer { client in try await Self.post(client, body) }
        #expect(status == .unprocessableContent)
        #expect(answer.data == nil)
        let messages = try #require(answer.error_messages)
        #expect(messages.count == 3, "\(messages)")
        #expect(messages.contains { $0.lowercased().contains("postcode") }, "\(messages)")
        #expect(messages.contains { $0.contains("Customs data is missing") && $0.contains("CH") }, "\(messages)")
        #expect(messages.contains { $0.contains("Insurance is chosen") }, "\(messages)")

        // Nothing was issued for a refused shipment.
        let store = try SQLiteShipmentStore(path: carrier.configuration.databasePath)
        #expect(
            try await store.shipment(trackingCode: carrier.configuration.carrier.trackingCode.code(forSerial: 1)) == nil
        )
    }

    @Test func aServiceTheAccountDoesNotHaveIsRefused() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let (status, answer) = try await Self.post(
                client, try TestCarrier.fixture("nl-domestic.json"), headers: TestCarrier.shopB)
            #expect(status == .unprocessableContent)
            #expect(answer.error_messages?.joined().contains("standard") == true, "\(answer.error_messages ?? [])")
        }
    }

    /// The NL fixture sent to another destination.
    static func shipment(
        country: String, zipcode: String, customs: Bool = false, weight: Int? = nil, profile: [String: Any] = [:]
    ) throws -> ByteBuffer {
        let base = try TestCarrier.fixture(customs ? "ch-customs.json" : "nl-domestic.json")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(base.readableBytesView)) as? [String: Any])
        var data = try #require(json["data"] as? [String: Any])
        var shipment = try #require(data["shipment"] as? [String: Any])
        var recipient = try #require(shipment["recipient"] as? [String: Any])
        recipient["country"] = country
        recipient["zipcode"] = zipcode
        shipment["recipient"] = recipient
        if let weight { shipment["weight"] = weight }
        var entries = (data["profile"] as? [[String: Any]] ?? []).filter { profile[$0["key"] as? String ?? ""] == nil }
        for (key, value) in profile { entries.append(["key": key, "value": value]) }
        data["profile"] = entries
        data["shipment"] = shipment
        json["data"] = data
        return ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json))
    }

    @Test(arguments: [
        ("ES", "28001", 200), ("ES", "35001", 422), ("GB", "BT1 1AA", 200), ("GB", "SW1A 1AA", 422),
        ("CH", "1201", 422), ("DE", "27498", 422), ("FR", "75001", 200), ("MC", "98000", 200),
    ])
    func customsDocumentsAreDecidedByCountryAndPostcode(country: String, zipcode: String, status expected: Int)
        async throws
    {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let (status, answer) = try await Self.post(client, try Self.shipment(country: country, zipcode: zipcode))
            #expect(Int(status.code) == expected, "\(country) \(zipcode): \(answer.error_messages ?? [])")
            if expected == 422 {
                #expect(answer.error_messages?.contains { $0.lowercased().contains("douane") } == true)
            } else if status == .ok {
                #expect(answer.data?.label.format == "A6")
            }
        }
    }

    @Test func customsDataGivesAnA4WithDocumentsForTheCanaryIslands() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let (status, answer) = try await Self.post(
                client, try Self.shipment(country: "ES", zipcode: "35001", customs: true))
            #expect(status == .ok, "\(answer.error_messages ?? [])")
            guard status == .ok else { return }
            try Self.verifyLabel(answer, format: "A4")
            let folder = try TemporaryFolder()
            let pdf = try #require(answer.data.flatMap { Data(base64Encoded: $0.label.documents.pdf) })
            let inspection = PDFInspection(path: try folder.write(Array(pdf), to: "a4.pdf"))
            // label, CN23 and two invoice copies (the test account's defaults)
            #expect(try inspection.info()["Pages"] == "4")
            let text = try inspection.text()
            for word in ["CN 23", "288392", "928382", "Philips Hue Duo Pack"] {
                #expect(text.contains(word), "'\(word)' missing")
            }
        }
    }

    @Test func aDocumentsOnlyServiceMayLeaveTheEUWithoutGoodsData() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let body = try Self.shipment(
                country: "CH", zipcode: "1201", weight: 800, profile: ["shipping_method": "documents"])
            let (status, answer) = try await Self.post(client, body)
            #expect(status == .ok, "\(answer.error_messages ?? [])")
            guard status == .ok else { return }
            try Self.verifyLabel(answer, format: "A4")
            let folder = try TemporaryFolder()
            let pdf = try #require(answer.data.flatMap { Data(base64Encoded: $0.label.documents.pdf) })
            let text = try PDFInspection(path: try folder.write(Array(pdf), to: "documents.pdf")).text()
            #expect(text.contains("X Documents"), "the Documents category is not ticked")
            #expect(!text.contains("COMMERCIAL INVOICE"))
        }
    }

    @Test func theCustomsCategoryComesFromTheProfile() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let body = try Self.shipment(
                country: "CH", zipcode: "1201", customs: true, profile: ["customs_category": "gift"])
            let (status, answer) = try await Self.post(client, body)
            #expect(status == .ok, "\(answer.error_messages ?? [])")
            let pdf = try #require(answer.data.flatMap { Data(base64Encoded: $0.label.documents.pdf) })
            let folder = try TemporaryFolder()
            let text = try PDFInspection(path: try folder.write(Array(pdf), to: "gift.pdf")).text()
            #expect(text.contains("X Gift"))
            #expect(text.contains("Reason for export: Gift"))
            #expect(!text.contains("X Sale of goods"))
        }
    }
}
