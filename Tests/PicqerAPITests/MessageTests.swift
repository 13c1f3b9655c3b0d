import Testing

@testable import PicqerAPI

@Suite("Messages")
struct MessageTests {
    @Test(
        "Every problem of every bad fixture has an English and a different Dutch sentence",
        arguments: [
            "bad/missing-recipient-fields.json", "bad/bad-types.json", "bad/bad-date.json", "bad/bad-customs-rows.json",
            "bad/unknown-sender-address.json", "picqer-example-nl.json",
        ])
    func bothLanguages(name: String) throws {
        let found = problems(ShipmentValidator().validate(try decodedFixture(name), options: demoOptions))
        #expect(!found.isEmpty)
        for problem in found {
            #expect(problem.english.hasSuffix("."), "\(problem)")
            #expect(problem.dutch.hasSuffix("."), "\(problem)")
            #expect(problem.english != problem.dutch, "\(problem)")
            #expect(problem.english.first?.isUppercase == true, "\(problem)")
            #expect(problem.dutch.first?.isUppercase == true, "\(problem)")
            #expect(problem.field.hasPrefix("shipment.") || problem.field.hasPrefix("profile."), "\(problem)")
            for english in ["is missing", "must", "instead of", "not available"] {
                #expect(!problem.dutch.contains(english), "\(problem)")
            }
        }
    }

    @Test("Pickup point and customs row messages read well in Dutch")
    func dutchWording() throws {
        let body = envelope(
            shipment:
                #"{"weight": 1, "language": "nl", "recipient": \#(goodRecipient), "pickup_point_data": {"carrier": "dhl"}, "customs_data": {"products": ["x"]}}"#
        )
        let failure = try #require(ShipmentValidator().validate(try decode(body).get()).failureValue)
        #expect(
            failure.messages == [
                "Douaneproduct 1 heeft het verkeerde type (tekst in plaats van een object): controleer de douanegegevens van dit product in Picqer.",
                "ID van het afhaalpunt ontbreekt: kies het afhaalpunt opnieuw in Picqer.",
            ])
    }

    @Test("Values shown in messages are quoted, cut to 40 characters and free of line breaks")
    func quotedValues() {
        #expect(Quoted("6825MC").description == "'6825MC'")
        #expect(Quoted("a\nb\tc").description == "'a b c'")
        #expect(Quoted(String(repeating: "x", count: 50)).description == "'" + String(repeating: "x", count: 39) + "…'")
    }

    @Test("Numbers in Dutch messages have a decimal comma")
    func dutchNumbers() {
        #expect(NumberText.formatDutch(-0.5) == "-0,5")
        #expect(NumberText.formatDutch(1200) == "1200")
        #expect(NumberText.format(29.99) == "29.99")
    }
}
