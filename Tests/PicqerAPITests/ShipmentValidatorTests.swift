import Testing

@testable import PicqerAPI

@Suite("Shipment validation")
struct ShipmentValidatorTests {
    private func request(_ shipment: String) throws -> ShipmentRequest {
        try decode(envelope(shipment: shipment)).get()
    }

    private func request(weight: String = "1000", recipient: String = goodRecipient, extra: String = "") throws
        -> ShipmentRequest
    {
        try request(#"{"weight": \#(weight), "recipient": \#(recipient)\#(extra)}"#)
    }

    @Test("An empty shipment reports every required field at once, in English and in Dutch")
    func everythingAtOnce() throws {
        let empty = try request(#"{"language": "nl"}"#)
        let failure = try #require(ShipmentValidator().validate(empty).failureValue)
        #expect(failure.language == .nl)
        #expect(
            failure.problems.map(\.field) == [
                "shipment.weight", "shipment.recipient.name", "shipment.recipient.address",
                "shipment.recipient.zipcode",
                "shipment.recipient.city", "shipment.recipient.country",
            ])
        #expect(
            failure.messages == [
                "Gewicht ontbreekt: vul het gewicht van de zending in grammen in.",
                "Naam ontvanger ontbreekt: vul de naam van het afleveradres in.",
                "Adres ontvanger ontbreekt: vul straat en huisnummer van het afleveradres in.",
                "Postcode ontvanger ontbreekt: vul de postcode van het afleveradres in.",
                "Plaats ontvanger ontbreekt: vul de plaats van het afleveradres in.",
                "Land ontvanger ontbreekt: kies het land van het afleveradres (code van twee letters, zoals NL).",
            ])
        try #require(failure.problems.count == 6)
        #expect(
            failure.problems[3].message(in: .en)
                == "Recipient zipcode is missing: fill in the postcode of the delivery address.")
    }

    @Test("Weight: more than 0, rounded up to whole grams, within the limit")
    func weight() throws {
        #expect(
            problems(ShipmentValidator().validate(try request(weight: "0"))).map(\.english) == [
                "Weight 0 g must be more than 0: enter the weight of the shipment in grams."
            ])
        #expect(problems(ShipmentValidator().validate(try request(weight: "-5"))).map(\.field) == ["shipment.weight"])
        #expect(try ShipmentValidator().validate(try request(weight: "1200.2")).get().weightGrams == 1201)
        #expect(try ShipmentValidator().validate(try request(weight: #""250""#)).get().weightGrams == 250)
        #expect(
            problems(ShipmentValidator(maxWeightGrams: 30_000).validate(try request(weight: "31500"))).map(\.english)
                == [
                    "Weight 31500 g is more than the maximum of 30000 g for this shipping method: split the shipment over more parcels or choose another shipping method."
                ])
        #expect(
            try ShipmentValidator(maxWeightGrams: 30_000).validate(try request(weight: "30000")).get().weightGrams
                == 30_000)
        #expect(
            problems(ShipmentValidator().validate(try request(weight: "1e300"))).map(\.field) == ["shipment.weight"])
    }

    @Test("A default weight replaces a missing weight or 0, not a negative one")
    func defaultWeight() throws {
        let validator = ShipmentValidator(defaultWeightGrams: 1000)
        #expect(try validator.validate(try request(weight: "0")).get().weightGrams == 1000)
        #expect(try validator.validate(try request(weight: "null")).get().weightGrams == 1000)
        #expect(try validator.validate(try request(weight: "700")).get().weightGrams == 700)
        #expect(problems(validator.validate(try request(weight: "-1"))).map(\.field) == ["shipment.weight"])
    }

    @Test("The weight limit can depend on the resolved profile")
    func weightLimitFromProfile() throws {
        let body = envelope(
            shipment: #"{"weight": 12000, "recipient": \#(goodRecipient)}"#,
            profile: #"[{"key": "shipping_method", "value": "express"}]"#)
        let shipment = try decode(body).get()
        let limits = ["standard": 30_000, "express": 10_000]
        let result = ShipmentValidator(maxWeightGrams: 50_000).validate(
            shipment, options: demoOptions, weightLimit: { limits[$0.string("shipping_method") ?? ""] })
        #expect(problems(result).first?.english.contains("maximum of 10000 g") == true)
    }

    @Test("Normalisation: trimmed, country upper case, postcode upper case, empty optional text is nil")
    func normalisation() throws {
        let recipient = #"""
            {"name": "  Picqer B.V. ", "contactname": "", "address": " Meander 251 ", "address2": " ",
             "zipcode": " 6825  mc ", "city": "Arnhem\n", "region": "", "country": " nl ", "emailaddress": " ",
             "telephone": " 026 1234567 "}
            """#
        let shipment = try ShipmentValidator().validate(try request(recipient: recipient)).get()
        #expect(
            shipment.recipient
                == ValidatedShipment.Recipient(
                    name: "Picqer B.V.", address: "Meander 251", zipcode: "6825 MC", city: "Arnhem", country: "NL",
                    telephone: "026 1234567"))
    }

    @Test("The contact name stands in for a missing name")
    func contactNameAsName() throws {
        let recipient =
            #"{"name": "", "contactname": "Jan Jansen", "address": "A 1", "zipcode": "1000AA", "city": "X", "country": "NL"}"#
        let shipment = try ShipmentValidator().validate(try request(recipient: recipient)).get()
        #expect(shipment.recipient.name == "Jan Jansen")
        #expect(shipment.recipient.contactName == nil)
    }

    @Test(
        "Country codes: two letters and known",
        arguments: [
            ("Netherlands", "'Netherlands' is not a two-letter country code"),
            ("XX", "'XX' is not a known country code"),
            ("N1", "'N1' is not a two-letter country code"), ("NLD", "'NLD' is not a two-letter country code"),
        ])
    func countryCodes(country: String, message: String) throws {
        let recipient = #"{"name": "X", "address": "A 1", "zipcode": "1000AA", "city": "X", "country": "\#(country)"}"#
        let found = problems(ShipmentValidator().validate(try request(recipient: recipient)))
        #expect(found.map(\.field) == ["shipment.recipient.country"])
        #expect(
            found.first?.english
                == "Recipient country \(message): choose the country of the delivery address (two-letter code such as NL)."
        )
    }

    @Test("Countries without postcodes accept an empty zipcode; others do not")
    func countriesWithoutPostcodes() throws {
        let hongKong =
            #"{"name": "X", "address": "1 Queen's Road", "zipcode": null, "city": "Hong Kong", "country": "hk"}"#
        #expect(try ShipmentValidator().validate(try request(recipient: hongKong)).get().recipient.zipcode == "")
        let belgium = #"{"name": "X", "address": "Rue 1", "zipcode": null, "city": "Brussel", "country": "BE"}"#
        #expect(
            problems(ShipmentValidator().validate(try request(recipient: belgium))).map(\.field) == [
                "shipment.recipient.zipcode"
            ])
    }

    @Test("Money is not negative; 0 is fine")
    func money() throws {
        let found = problems(
            ShipmentValidator().validate(try request(extra: #", "total_paid": -1, "value_of_goods": "-0,50""#)))
        #expect(found.map(\.field) == ["shipment.total_paid", "shipment.value_of_goods"])
        try #require(found.count == 2)
        #expect(
            found[1].dutch
                == "Waarde van de goederen -0,5 kan niet negatief zijn: controleer de waarde van de producten.")
        let free = try ShipmentValidator().validate(try request(extra: #", "total_paid": 0, "value_of_goods": 0"#))
            .get()
        #expect(free.totalPaid == 0)
    }

    @Test(
        "Preferred delivery date: YYYY-MM-DD and a real date",
        arguments: [
            ("2024-02-29", CalendarDate(year: 2024, month: 2, day: 29)),
            ("2018-09-09T10:00:00+02:00", CalendarDate(year: 2018, month: 9, day: 9)),
            ("2018-09-09 00:00:00", CalendarDate(year: 2018, month: 9, day: 9)), ("", nil),
        ])
    func goodDates(text: String, expected: CalendarDate?) throws {
        let shipment = try ShipmentValidator().validate(try request(extra: #", "preferred_delivery_date": "\#(text)""#))
            .get()
        #expect(shipment.preferredDeliveryDate == expected)
    }

    @Test(
        "Preferred delivery date: wrong form or no such day",
        arguments: [
            ("2023-02-29", "is not a real date"), ("2018-13-01", "is not a real date"),
            ("2018-04-31", "is not a real date"),
            ("09-09-2018", "is not a date written as YYYY-MM-DD"), ("tomorrow", "is not a date written as YYYY-MM-DD"),
            ("2018-9-9", "is not a date written as YYYY-MM-DD"), ("2018-09-09X", "is not a date written as YYYY-MM-DD"),
        ])
    func badDates(text: String, reason: String) throws {
        let found = problems(
            ShipmentValidator().validate(try request(extra: #", "preferred_delivery_date": "\#(text)""#)))
        #expect(
            found.map(\.english) == [
                "Preferred delivery date '\(text)' \(reason): choose a date such as 2025-09-30 or leave it empty."
            ])
    }

    @Test("CalendarDate writes YYYY-MM-DD and orders by day")
    func calendarDate() throws {
        let date = try #require(CalendarDate("2018-09-09"))
        #expect(date.description == "2018-09-09")
        #expect(try #require(CalendarDate("2018-09-10")) > date)
        #expect(CalendarDate("2100-02-29") == nil)
        #expect(CalendarDate("2000-02-29") != nil)
    }

    @Test("A pickup point needs an id; its country must be a country code")
    func pickupPoint() throws {
        let found = problems(
            ShipmentValidator().validate(
                try request(extra: #", "pickup_point_data": {"carrier": "dhl", "name": "Shop", "country": "Holland"}"#))
        )
        #expect(found.map(\.field) == ["shipment.pickup_point_data.id", "shipment.pickup_point_data.country"])
        try #require(found.count == 2)
        #expect(found[0].english == "Pickup point ID is missing: choose the pickup point again in Picqer.")
    }

    @Test("References: trimmed, empty is nil, a return id makes a return")
    func references() throws {
        let shipment = try ShipmentValidator().validate(
            try request(
                extra: #", "references": {"reference": " R1 ", "orderid": "", "returnid": " ", "picklistid": 7}"#)
        ).get()
        #expect(shipment.references == .init(reference: "R1", picklistID: "7"))
        #expect(!shipment.isReturn)
        let back = try ShipmentValidator().validate(try request(extra: #", "references": {"returnid": 12}"#)).get()
        #expect(back.isReturn)
        #expect(back.references.returnID == "12")
    }

    @Test("English messages for en and for unknown languages")
    func englishByDefault() throws {
        for language in [#""en""#, #""fr""#, "null"] {
            let failure = try #require(
                ShipmentValidator().validate(try request(#"{"language": \#(language)}"#)).failureValue)
            #expect(failure.language == .en)
            #expect(failure.messages.first == "Weight is missing: enter the weight of the shipment in grams.")
        }
    }
}

@Suite("Customs lines")
struct CustomsValidationTests {
    private func validate(_ products: String, language: String = "en") throws -> Result<
        ValidatedShipment, ValidationFailure
    > {
        let shipment =
            #"{"weight": 1000, "recipient": \#(goodRecipient), "language": "\#(language)", "customs_data": {"products": \#(products)}}"#
        return ShipmentValidator().validate(try decode(envelope(shipment: shipment)).get())
    }

    @Test("HS codes lose dots and spaces; country of origin is upper-cased")
    func normalised() throws {
        let lines = try validate(
            #"[{"description": " Wool scarf ", "amount": "3", "weight": 199.5, "value": "39,95", "hs_code": "6117.10 00", "country_of_origin": "nl"}]"#
        ).get().customsProducts
        #expect(
            lines == [
                .init(
                    description: "Wool scarf", quantity: 3, unitWeightGrams: 200, unitValue: 39.95, hsCode: "61171000",
                    countryOfOrigin: "NL")
            ])
    }

    @Test("Row by row, every problem of every row, numbered from 1, in Dutch for nl")
    func rowByRow() throws {
        let failure = try #require(
            try validate(
                #"""
                [{"description": "Tea", "amount": 1, "weight": 100, "value": 5, "hs_code": "090210", "country_of_origin": "CN"},
                 {"description": null, "amount": null, "weight": null, "value": null, "hs_code": null, "country_of_origin": null},
                 {"description": "Cup", "amount": 0, "weight": -1, "value": -2, "hs_code": "12345678901", "country_of_origin": "ZZ"}]
                """#, language: "nl"
            ).failureValue)
        #expect(
            failure.messages == [
                "Douaneproduct 2: omschrijving ontbreekt: beschrijf het product in Picqer, bijvoorbeeld 'katoenen T-shirt'.",
                "Douaneproduct 2: aantal ontbreekt: vul in hoeveel stuks er in het pakket zitten.",
                "Douaneproduct 2: gewicht ontbreekt: vul het gewicht van het product in grammen in Picqer in.",
                "Douaneproduct 2: waarde ontbreekt: vul de waarde van het product in Picqer in.",
                "Douaneproduct 2: HS-code ontbreekt: vul het douanetariefnummer (HS-code) van het product in Picqer in.",
                "Douaneproduct 2: land van herkomst ontbreekt: vul de code van twee letters in van het land waar het product gemaakt is, zoals CN.",
                "Douaneproduct 3: aantal 0 moet minstens 1 zijn: vul in hoeveel stuks er in het pakket zitten.",
                "Douaneproduct 3: gewicht -1 g moet meer dan 0 zijn: vul het gewicht van het product in grammen in Picqer in.",
                "Douaneproduct 3: waarde -2 kan niet negatief zijn: vul de waarde van het product in Picqer in.",
                "Douaneproduct 3: HS-code '12345678901' moet 6 tot 10 cijfers hebben: vul het douanetariefnummer (HS-code) van het product in Picqer in.",
                "Douaneproduct 3: land van herkomst 'ZZ' is geen bekende landcode: vul de code van twee letters in van het land waar het product gemaakt is, zoals CN.",
            ])
        try #require(failure.problems.count == 11)
        #expect(failure.problems[9].field == "shipment.customs_data.products[2].hs_code")
        #expect(
            failure.problems[9].english
                == "Customs product 3: HS code '12345678901' must have 6 to 10 digits: fill in the product's customs tariff number (HS code) in Picqer."
        )
    }

    @Test(
        "HS codes of 6 and 10 digits pass, 5 and letters do not",
        arguments: [
            ("288392", true), ("2883921234", true), ("28 83 92", true), ("28839", false), ("28839A", false),
            ("ABCDEF", false),
        ])
    func hsCodeLength(code: String, valid: Bool) throws {
        let result = try validate(
            #"[{"description": "X", "amount": 1, "weight": 1, "value": 1, "hs_code": "\#(code)", "country_of_origin": "CN"}]"#
        )
        #expect(problems(result).isEmpty == valid)
    }

    @Test("A value of goods that disagrees with the lines is not a problem")
    func valueOfGoodsMayDisagree() throws {
        let shipment =
            #"{"weight": 1000, "value_of_goods": 999, "recipient": \#(goodRecipient), "customs_data": {"products": [{"description": "X", "amount": 1, "weight": 1, "value": 1, "hs_code": "090210", "country_of_origin": "CN"}]}}"#
        #expect(problems(ShipmentValidator().validate(try decode(envelope(shipment: shipment)).get())).isEmpty)
    }

    @Test("customs_data without products is accepted as an empty list (the caller decides); none sent is nil")
    func noProducts() throws {
        #expect(try validate("[]").get().customsProducts == [])
        let plain = #"{"weight": 1000, "recipient": \#(goodRecipient)}"#
        #expect(
            try ShipmentValidator().validate(try decode(envelope(shipment: plain)).get()).get().customsProducts == nil)
    }
}
