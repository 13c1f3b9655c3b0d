import Foundation
import Testing

@testable import PicqerAPI

@Suite("Lenient decoding")
struct LenientDecodingTests {
    private func shipment(_ json: String) throws -> ShipmentRequest {
        try decode(envelope(shipment: json)).get()
    }

    @Test(
        "Numbers that arrive as text",
        arguments: [
            (#""1200""#, 1200.0), (#"" 12.50 ""#, 12.5), (#""12,50""#, 12.5), (#""+4""#, 4), ("1200", 1200),
            ("1200.7", 1200.7),
        ])
    func numbersAsText(json: String, expected: Double) throws {
        let request = try shipment(#"{"weight": \#(json)}"#)
        #expect(request.shipment.weight == expected)
        #expect(request.problems.isEmpty)
    }

    @Test(
        "Text that is no number is a problem for that field", arguments: [#""abc""#, #""0x10""#, #""nan""#, #""1e3""#])
    func textThatIsNoNumber(json: String) throws {
        let request = try shipment(#"{"weight": \#(json)}"#)
        #expect(request.shipment.weight == nil)
        #expect(request.problems.map(\.field) == ["shipment.weight"])
        #expect(request.problems.first?.english.contains("is not a number") == true)
    }

    @Test("Text that arrives as a number")
    func textAsNumbers() throws {
        let request = try shipment(#"{"recipient": {"zipcode": 1012, "telephone": 31201234567, "address2": 12.5}}"#)
        #expect(request.shipment.recipient.zipcode == "1012")
        #expect(request.shipment.recipient.telephone == "31201234567")
        #expect(request.shipment.recipient.address2 == "12.5")
    }

    @Test("null, false, [] and missing all mean no value")
    func nothingValues() throws {
        let request = try shipment(
            #"{"weight": false, "total_paid": [], "recipient": {"name": null, "city": false, "address": []}, "references": null, "customs_data": null}"#
        )
        #expect(request.problems.isEmpty)
        #expect(request.shipment.weight == nil)
        #expect(request.shipment.totalPaid == nil)
        #expect(request.shipment.recipient == .init())
        #expect(request.shipment.references == .init())
        #expect(request.shipment.customsData == nil)
    }

    @Test("pickup_point_data as [], {}, an empty object, an object or a list of one object")
    func pickupPointShapes() throws {
        for empty in ["[]", "{}", "null", #"{"carrier": null, "id": null, "options": []}"#] {
            let request = try shipment(#"{"pickup_point_data": \#(empty)}"#)
            #expect(request.shipment.pickupPoint == nil, "\(empty)")
            #expect(request.problems.isEmpty, "\(empty)")
        }
        let minimal = try shipment(#"{"pickup_point_data": {"carrier": "b2ceurope", "id": 901892834}}"#)
        #expect(minimal.shipment.pickupPoint == .init(carrier: "b2ceurope", id: "901892834"))
        let listed = try shipment(#"{"pickup_point_data": [{"carrier": "dhl", "id": "8004-NL-272403"}]}"#)
        #expect(listed.shipment.pickupPoint == .init(carrier: "dhl", id: "8004-NL-272403"))
        let wrong = try shipment(#"{"pickup_point_data": "176227"}"#)
        #expect(wrong.shipment.pickupPoint == nil)
        #expect(wrong.problems.map(\.field) == ["shipment.pickup_point_data"])
    }

    @Test("Language: nl in any case gives Dutch; missing, unknown or of another type gives English")
    func language() throws {
        let cases: [(String, Language)] = [
            (#""nl""#, .nl), (#""NL""#, .nl), (#""nl-BE""#, .nl), (#""en""#, .en), (#""de""#, .en), ("null", .en),
            ("5", .en), (#"{"a": 1}"#, .en),
        ]
        for (json, expected) in cases {
            let request = try shipment(#"{"language": \#(json)}"#)
            #expect(request.shipment.language == expected, "\(json)")
            #expect(request.problems.isEmpty, "\(json)")
        }
        #expect(try shipment("{}").shipment.language == .en)
    }

    @Test("Unknown fields are ignored at every level")
    func unknownFields() throws {
        let result = decode(
            #"""
            {"version": "2.0", "multicolli": true, "data": {"profile": [], "extra": 1, "shipment": {
              "weight": 100, "parcels": [{"weight": 100}], "recipient": {"name": "X", "vat": "NL1"},
              "references": {"reference": "R", "external": {"a": 1}},
              "customs_data": {"products": [{"description": "Tea", "amount": 1, "weight": 10, "value": 1,
                "hs_code": "090210", "country_of_origin": "CN", "sku": "T-1"}], "incoterm": "DAP"}}}}
            """#)
        let request = try result.get()
        #expect(request.problems.isEmpty)
        #expect(request.shipment.recipient.name == "X")
        #expect(request.shipment.customsData?.products.count == 1)
    }

    @Test("A request without the data envelope is read too")
    func withoutEnvelope() throws {
        let request = try decode(#"{"profile": [{"key": "insured", "value": 1}], "shipment": {"weight": 5}}"#).get()
        #expect(request.shipment.weight == 5)
        #expect(request.profile == [ProfileEntry(key: "insured", value: .number(1))])
    }

    @Test("Bodies that cannot be read at all", arguments: ["", "{", "nope", #"{"a": }"#])
    func malformed(body: String) {
        #expect(decode(body) == .failure(.malformedJSON))
    }

    @Test("JSON that is not an object", arguments: ["[]", "null", "42", #""text""#])
    func notAnObject(body: String) {
        #expect(decode(body) == .failure(.notAnObject))
    }

    @Test("Very deep nesting is refused, not a crash")
    func deepNesting() {
        let body = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(decode(#"{"data": \#(body)}"#) == .failure(.malformedJSON))
    }

    @Test("A missing shipment or a data of the wrong type is one problem")
    func missingShipment() throws {
        #expect(try decode(#"{"version": "1.0", "data": {"profile": []}}"#).get().problems.map(\.field) == ["shipment"])
        #expect(try decode(#"{"version": "1.0", "data": "x"}"#).get().problems.map(\.field) == ["data"])
        let failure = problems(ShipmentValidator().validate(try decode(#"{"data": {}}"#).get()))
        #expect(failure.map(\.field) == ["shipment"])
    }

    @Test("Impossible types become problems for their field, and only one per field")
    func impossibleTypes() throws {
        let request = try shipment(
            #"{"weight": {"a": 1}, "recipient": "x", "references": 5, "preferred_delivery_date": {"d": 1}, "customs_data": {"products": [{"amount": 2.5, "weight": true}, "row"]}}"#
        )
        #expect(
            request.problems.map(\.field) == [
                "shipment.weight", "shipment.recipient", "shipment.references", "shipment.preferred_delivery_date",
                "shipment.customs_data.products[0].amount", "shipment.customs_data.products[0].weight",
                "shipment.customs_data.products[1]",
            ])
        try #require(request.problems.count == 7)
        #expect(request.problems[4].english.hasPrefix("Customs product 1: quantity 2.5 is not a whole number"))
        let found = problems(ShipmentValidator().validate(request)).map(\.field)
        // No second "missing" problem for a field whose type was wrong, none for the fields inside the recipient.
        #expect(found.filter { $0 == "shipment.weight" }.count == 1)
        #expect(!found.contains { $0.hasPrefix("shipment.recipient.") })
        #expect(!found.contains("shipment.customs_data.products[1].description"))
        #expect(found.contains("shipment.customs_data.products[0].description"))
    }

    @Test("Customs products sent as an object keyed by position are read in order")
    func productsAsKeyedObject() throws {
        let request = try shipment(
            #"{"customs_data": {"products": {"1": {"description": "B"}, "0": {"description": "A"}, "10": {"description": "C"}}}}"#
        )
        #expect(request.shipment.customsData?.products.map(\.description) == ["A", "B", "C"])
    }

    @Test("customs_data as [] means none")
    func emptyCustomsData() throws {
        #expect(try shipment(#"{"customs_data": []}"#).shipment.customsData == nil)
    }

    @Test("Profile values: any scalar type, null, and an object form of the profile")
    func profileValues() throws {
        let listed = try decode(
            envelope(
                shipment: "{}",
                profile:
                    #"[{"key": "a", "value": "x"}, {"key": "b", "value": 2}, {"key": "c", "value": true}, {"key": "d", "value": null}, {"key": "e"}, {"value": 1}, "junk", {"key": 7, "value": 1}]"#
            )
        ).get()
        #expect(
            listed.profile == [
                ProfileEntry(key: "a", value: .string("x")), ProfileEntry(key: "b", value: .number(2)),
                ProfileEntry(key: "c", value: .bool(true)), ProfileEntry(key: "d", value: nil),
                ProfileEntry(key: "e", value: nil), ProfileEntry(key: "7", value: .number(1)),
            ])
        let object = try decode(envelope(shipment: "{}", profile: #"{"sender_address": 2, "insured": "1"}"#)).get()
        #expect(
            object.profile == [
                ProfileEntry(key: "insured", value: .string("1")),
                ProfileEntry(key: "sender_address", value: .number(2)),
            ])
        #expect(ProfileValue.number(29).stringValue == "29")
        #expect(ProfileValue.number(29.5).stringValue == "29.5")
        #expect(ProfileValue.string(" 29 ").stringValue == "29")
        #expect(ProfileValue.bool(true).stringValue == "true")
    }

    @Test("A profile value of an impossible type matters only for the account's options")
    func profileValueOfImpossibleType() throws {
        let body = envelope(
            shipment: #"{"weight": 100, "recipient": \#(goodRecipient)}"#,
            profile: #"[{"key": "unknown", "value": {"a": 1}}, {"key": "sender_address", "value": [1, 2]}]"#)
        let request = try decode(body).get()
        #expect(request.problems.map(\.field) == ["profile.unknown", "profile.sender_address"])
        #expect(problems(ShipmentValidator().validate(request)) == [])
        #expect(
            problems(ShipmentValidator().validate(request, options: demoOptions)).map(\.field) == [
                "profile.sender_address"
            ])
    }

    @Test("ShipmentRequest decodes through JSONDecoder too")
    func decodableConformance() throws {
        let data = Data(try fixture("picqer-example-nl.json"))
        let request = try JSONDecoder().decode(ShipmentRequest.self, from: data)
        #expect(request == (try decodedFixture("picqer-example-nl.json")))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ShipmentRequest.self, from: Data("[]".utf8)) }
    }
}
