import Foundation
import HTTPTypes
import Testing

@testable import CarrierServer

/// The change feed's own JSON writer gives the same JSON as Foundation's encoder with the API's settings.
@Suite struct StreamingJSONEncoderTests {
    static func shipment(_ index: Int, full: Bool) -> Components.Schemas.Shipment {
        let awkward = "Zoë \"de\" Vries\\\n\t\u{1}/ 🚚 Ελλάδα \(index)"
        return Components.Schemas.Shipment(
            trackingCode: "CC\(index)NL", trackingUrl: "https://track.example/t/CC\(index)NL?x=1&y=2",
            status: full ? .active : .cancelled, account: "shop",
            service: .init(value: "standard", name: "Standaard"),
            sender: .init(id: 1, name: awkward, street: "Kade 1", zipcode: "1000 AA", city: "Amsterdam", country: "NL"),
            recipient: .init(
                name: full ? awkward : nil, contactname: nil, address: full ? "Straat 2" : nil, address2: nil,
                zipcode: "1017 GA", city: full ? "'s-Hertogenbosch" : nil, region: nil, country: "NL",
                emailaddress: full ? "a@b.example" : nil, telephone: full ? "+31 6 1234" : nil),
            weightGrams: 1250 + index,
            references: .init(reference: "R-\(index)", orderid: nil, picklistid: "P-1", returnid: nil),
            isReturn: !full,
            pickupPoint: full
                ? .init(
                    id: "PP-1", name: "Tabak & Zo", street: "Markt 3", zipcode: "1234 AB", city: "Utrecht",
                    country: "NL")
                : nil,
            preferredDeliveryDate: full ? "2026-12-24" : nil,
            labelFormat: full ? .a6 : nil,
            customs: full
                ? .init(products: [
                    .init(
                        description: "Wool \u{7f} socks", quantity: 3, weightGrams: 200, value: 12.5, hsCode: "6115",
                        countryOfOrigin: "NL"),
                    .init(
                        description: "Tea", quantity: 1, weightGrams: 100, value: 0.1 + 0.2, hsCode: "0902",
                        countryOfOrigin: "CN"),
                    .init(
                        description: "", quantity: 1, weightGrams: 0, value: 123_456_789, hsCode: "",
                        countryOfOrigin: ""),
                ])
                : nil,
            createdAt: Date(timeIntervalSince1970: 1_796_549_400.789 + Double(index)),
            updatedAt: Date(timeIntervalSince1970: -86_400.5),
            personalDataErased: !full, trackingStatus: full ? .inTransit : .registered,
            lastEventAt: full ? Date(timeIntervalSince1970: 1_796_560_000) : nil)
    }

    static func parsed(_ bytes: some Collection<UInt8>) throws -> NSObject {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? NSObject)
    }

    @Test func aFeedPageIsTheSameJSONAsFoundationWrites() throws {
        let page = Components.Schemas.ShipmentPage(
            shipments: (0..<40).map { Self.shipment($0, full: $0 % 3 != 0) }, nextCursor: "djE6NDI")
        let foundation = JSONEncoder()
        foundation.dateEncodingStrategy = .iso8601
        foundation.outputFormatting = [.withoutEscapingSlashes]
        let expected = try Self.parsed(try foundation.encode(page))
        let written = try StreamingJSONEncoder.encode(page)
        #expect(try Self.parsed(written) == expected)
        // Compact, and the control character is escaped the way JSON requires.
        let text = String(decoding: written, as: UTF8.self)
        #expect(!text.contains("\n") && text.contains(#"\u0001"#) && text.contains("https://track.example/t/"))
    }

    @Test func emptyAndNestedValuesKeepTheirShape() throws {
        struct Nested: Encodable {
            let list: [[Int]]
            let empty: [String: Int]
            let flags: [Bool?]
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(list, forKey: .list)
                var inner = container.nestedContainer(keyedBy: Keys.self, forKey: .nested)
                try inner.encode(empty, forKey: .empty)
                var array = container.nestedUnkeyedContainer(forKey: .array)
                try array.encode(flags)
                try array.encodeNil()
                try container.encode(-3, forKey: .empty)
            }
            enum Keys: String, CodingKey { case list, nested, empty, array }
        }
        let written = try StreamingJSONEncoder.encode(Nested(list: [[], [1, -2]], empty: [:], flags: [true, nil]))
        #expect(
            String(decoding: written, as: UTF8.self)
                == #"{"list":[[],[1,-2]],"nested":{"empty":{}},"array":[[true,null],null],"empty":-3}"#)
        #expect(throws: EncodingError.self) { try StreamingJSONEncoder.encode([Double.nan]) }
    }

    @Test func onlyPlainFeedQueriesTakeTheFastPath() {
        func query(_ target: String, accept: String? = nil) -> Operations.ListShipments.Input.Query? {
            var request = HTTPRequest(method: .get, scheme: "https", authority: "x", path: target)
            if let accept { request.headerFields[.accept] = accept }
            return ChangeFeedQuery.plain(request)
        }
        #expect(query("/api/v1/shipments") == .init())
        #expect(query("/api/v1/shipments?limit=500&after=djE6MTAwMA") == .init(after: "djE6MTAwMA", limit: 500))
        #expect(query("/api/v1/shipments?after=abc", accept: "application/json") == .init(after: "abc"))
        for odd in [
            "/api/v1/shipments?limit=-1", "/api/v1/shipments?limit=12345", "/api/v1/shipments?limit=1&limit=2",
            "/api/v1/shipments?after=a%2Bb", "/api/v1/shipments?foo=1", "/api/v1/shipments?limit=",
            "/api/v1/shipments?limit",
        ] {
            #expect(query(odd) == nil, "\(odd)")
        }
        #expect(query("/api/v1/shipments", accept: "text/csv") == nil)
    }
}
