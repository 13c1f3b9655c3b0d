import Foundation
import Testing

@testable import PicqerAPI

@Suite("Decoding the request fixtures")
struct FixtureDecodingTests {
    @Test("Picqer's NL example decodes field by field")
    func picqerExampleNL() throws {
        let request = try decodedFixture("picqer-example-nl.json")
        #expect(request.problems.isEmpty)
        #expect(request.version == "1.0")
        #expect(
            request.profile == [
                ProfileEntry(key: "shipping_method", value: .number(29)),
                ProfileEntry(key: "sender_address", value: .number(92828)),
                ProfileEntry(key: "insured", value: .number(0)),
                ProfileEntry(key: "pickup_instructions", value: nil),
            ])
        let shipment = request.shipment
        #expect(shipment.weight == 29388)
        #expect(shipment.totalPaid == 291.29)
        #expect(shipment.valueOfGoods == 199.99)
        #expect(
            shipment.recipient
                == ShipmentRequest.Recipient(
                    name: "Picqer B.V.", address: "Meander 251", zipcode: "6825MC", city: "Arnhem",
                    region: "Gelderland",
                    country: "nl", emailaddress: "info@picqer.com"))
        #expect(
            shipment.references
                == ShipmentRequest.References(
                    reference: "wintersjaal #8928283", orderid: "O2018-29230", picklistid: "P2018-29382"))
        #expect(shipment.preferredDeliveryDate == "2018-09-09")
        #expect(shipment.pickupPoint == nil)
        #expect(shipment.language == .nl)
        #expect(shipment.customsData == nil)
    }

    @Test("Picqer's CH example decodes its customs lines")
    func picqerExampleCH() throws {
        let request = try decodedFixture("picqer-example-ch.json")
        #expect(request.problems.isEmpty)
        #expect(request.shipment.recipient.country == "CH")
        #expect(
            request.shipment.customsData?.products == [
                .init(
                    description: "Philips Hue Duo Pack", amount: 2, weight: 350, value: 29.99, hsCode: "288392",
                    countryOfOrigin: "CN"),
                .init(
                    description: "Philips Hue Remote", amount: 1, weight: 150, value: 49.95, hsCode: "928382",
                    countryOfOrigin: "CN"),
            ])
    }

    @Test(
        "Every good fixture validates against the demo account",
        arguments: [
            "nl-domestic.json", "ch-customs.json", "pickup-point.json", "return.json", "minimal.json",
            "lenient-types.json",
        ])
    func goodFixturesValidate(name: String) throws {
        let request = try decodedFixture(name)
        let result = ShipmentValidator(maxWeightGrams: 30_000).validate(request, options: demoOptions)
        #expect(problems(result) == [], "\(name)")
    }

    @Test("Picqer's own examples are refused by the demo account because of their profile values only")
    func picqerExamplesRefusedForProfile() throws {
        for name in ["picqer-example-nl.json", "picqer-example-ch.json"] {
            let request = try decodedFixture(name)
            let found = problems(ShipmentValidator().validate(request, options: demoOptions))
            #expect(found.map(\.field) == ["profile.shipping_method", "profile.sender_address"], "\(name)")
            #expect(found.first?.dutch.hasPrefix("Verzendmethode '29' is niet beschikbaar voor dit account") == true)
            // The shipment itself is fine.
            #expect(problems(ShipmentValidator().validate(request)) == [])
        }
    }

    @Test("The NL copy with our profile values resolves to the demo's values")
    func nlDomestic() throws {
        let request = try decodedFixture("nl-domestic.json")
        let validated = try ShipmentValidator().validate(request, options: demoOptions).get()
        #expect(validated.profile.values == ["shipping_method": "standard", "sender_address": 1, "insured": 0])
        #expect(validated.shipment.recipient.country == "NL")
        #expect(validated.shipment.recipient.zipcode == "6825MC")
        #expect(validated.shipment.weightGrams == 29388)
        #expect(validated.shipment.preferredDeliveryDate == CalendarDate(year: 2018, month: 9, day: 9))
        #expect(validated.shipment.isReturn == false)
        #expect(validated.shipment.language == .nl)
    }

    @Test("The CH copy gives typed customs lines")
    func chCustoms() throws {
        let shipment = try ShipmentValidator().validate(try decodedFixture("ch-customs.json")).get()
        #expect(
            shipment.customsProducts == [
                .init(
                    description: "Philips Hue Duo Pack", quantity: 2, unitWeightGrams: 350, unitValue: 29.99,
                    hsCode: "288392", countryOfOrigin: "CN"),
                .init(
                    description: "Philips Hue Remote", quantity: 1, unitWeightGrams: 150, unitValue: 49.95,
                    hsCode: "928382", countryOfOrigin: "CN"),
            ])
        #expect(shipment.recipient.country == "CH")
    }

    @Test("The pickup point fixture keeps every field and option")
    func pickupPoint() throws {
        let request = try decodedFixture("pickup-point.json")
        let point = try #require(request.shipment.pickupPoint)
        #expect(point.carrier == "postnl")
        #expect(point.id == "176227")
        #expect(point.houseNumber == "2")
        #expect(point.country == "nl")
        #expect(point.options["parcel_machine"] == .bool(false))
        #expect(point.options["pickup_moment"] == .string("Avond"))
        #expect(point.options["retail_network_id"] == .number(4))
        #expect(point.options["opening_hours"] == .object(["monday": .string("09:00-18:00")]))
        let validated = try ShipmentValidator().validate(request).get()
        #expect(validated.pickupPoint?.country == "NL")
        #expect(validated.pickupPoint?.id == "176227")
    }

    @Test("The return fixture is a return")
    func returnShipment() throws {
        let shipment = try ShipmentValidator().validate(try decodedFixture("return.json")).get()
        #expect(shipment.isReturn)
        #expect(shipment.references.returnID == "R2025-00087")
        #expect(shipment.recipient.address2 == "2e verdieping")
    }

    @Test("The minimal fixture: nulls everywhere, no profile, language null is English")
    func minimal() throws {
        let request = try decodedFixture("minimal.json")
        #expect(request.profile.isEmpty)
        #expect(request.shipment.language == .en)
        let validated = try ShipmentValidator().validate(request, options: demoOptions).get()
        #expect(validated.profile.values == ["shipping_method": "standard", "sender_address": 1, "insured": 0])
        #expect(validated.shipment.references == .init())
        #expect(validated.shipment.totalPaid == nil)
        #expect(validated.shipment.recipient.zipcode == "9999 AA")
    }

    @Test("The lenient fixture: strings for numbers, numbers for strings, lower-case country, unknown fields")
    func lenientTypes() throws {
        let request = try decodedFixture("lenient-types.json")
        #expect(request.shipment.weight == 1200)
        #expect(request.shipment.totalPaid == 19.95)
        #expect(request.shipment.recipient.zipcode == "1012")
        #expect(request.shipment.recipient.telephone == "31201234567")
        #expect(request.shipment.recipient.contactname == nil)
        #expect(request.shipment.recipient.address2 == nil)
        #expect(request.shipment.references.reference == "8928283")
        #expect(request.shipment.pickupPoint == nil)
        #expect(request.shipment.language == .en)
        #expect(request.version == "1")
        let validated = try ShipmentValidator().validate(request, options: demoOptions).get()
        #expect(validated.shipment.recipient.country == "NL")
        #expect(validated.shipment.isReturn == false)
        #expect(validated.shipment.preferredDeliveryDate == nil)
        #expect(
            validated.profile.values == [
                "shipping_method": "standard", "sender_address": 1, "insured": 0, "pickup_instructions": "42",
            ])
    }

    @Test("The malformed fixture is not JSON")
    func malformed() throws {
        #expect(ShipmentRequestDecoding.decode(try fixture("bad/malformed.json")) == .failure(.malformedJSON))
    }

    @Test("Missing recipient fields: all at once, in Dutch")
    func missingRecipientFields() throws {
        let failure = try #require(
            ShipmentValidator().validate(try decodedFixture("bad/missing-recipient-fields.json"), options: demoOptions)
                .failureValue)
        #expect(failure.language == .nl)
        #expect(
            failure.problems.map(\.field) == [
                "shipment.recipient.address", "shipment.recipient.zipcode", "shipment.recipient.city",
                "shipment.recipient.country",
            ])
        #expect(
            failure.messages.contains("Postcode ontvanger ontbreekt: vul de postcode van het afleveradres in."))
        #expect(failure.messages.contains { $0.hasPrefix("Adres ontvanger ontbreekt") })
        #expect(failure.messages.contains { $0.hasPrefix("Plaats ontvanger ontbreekt") })
        #expect(failure.messages.contains { $0.hasPrefix("Land ontvanger ontbreekt") })
    }

    @Test("Bad types: one problem per field, nothing thrown")
    func badTypes() throws {
        let request = try decodedFixture("bad/bad-types.json")
        let found = problems(ShipmentValidator().validate(request, options: demoOptions))
        #expect(
            found.map(\.field) == [
                "shipment.weight", "shipment.total_paid", "shipment.recipient", "shipment.references.reference",
                "shipment.pickup_point_data",
            ])
        #expect(
            found.first?.english
                == "Weight has the wrong type (an object instead of a number): enter the weight of the shipment in grams."
        )
        #expect(found.contains { $0.english.hasPrefix("Total paid 'a lot' is not a number") })
    }

    @Test("Bad date: a date that does not exist")
    func badDate() throws {
        let found = problems(ShipmentValidator().validate(try decodedFixture("bad/bad-date.json")))
        #expect(found.map(\.field) == ["shipment.preferred_delivery_date"])
        #expect(found.first?.english.hasPrefix("Preferred delivery date '2025-02-30' is not a real date") == true)
    }

    @Test("Bad customs rows: one message per problem, numbered from 1")
    func badCustomsRows() throws {
        let found = problems(ShipmentValidator().validate(try decodedFixture("bad/bad-customs-rows.json")))
        #expect(
            found.map(\.field) == [
                "shipment.customs_data.products[1].description", "shipment.customs_data.products[1].amount",
                "shipment.customs_data.products[2].hs_code", "shipment.customs_data.products[3].weight",
                "shipment.customs_data.products[3].value", "shipment.customs_data.products[3].hs_code",
                "shipment.customs_data.products[3].country_of_origin",
            ])
        try #require(found.count == 7)
        #expect(found[2].english.contains("product 3: HS code '28839' must have 6 to 10 digits"))
        #expect(found[2].dutch.contains("product 3: HS-code '28839' moet 6 tot 10 cijfers hebben"))
        #expect(found[6].english.hasPrefix("Customs product 4: country of origin 'Netherlands' is not a two-letter"))
    }

    @Test("Unknown sender address: named, with the account's choices")
    func unknownSenderAddress() throws {
        let found = problems(
            ShipmentValidator().validate(try decodedFixture("bad/unknown-sender-address.json"), options: demoOptions))
        #expect(
            found == [
                Problem(
                    field: "profile.sender_address",
                    english:
                        "Sender address '999999' is not available for this account: choose Main warehouse or Returns desk in the shipping profile.",
                    dutch:
                        "Afzenderadres '999999' is niet beschikbaar voor dit account: kies Main warehouse of Returns desk in het verzendprofiel."
                )
            ])
    }
}

extension Result {
    /// The error of a failure, `nil` for a success.
    var failureValue: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
