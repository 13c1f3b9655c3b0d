import Foundation
import Testing

@testable import PicqerAPI

@Suite("Responses")
struct ResponseTests {
    @Test("Shipment answer: Picqer's shape, base64 documents, slashes unescaped")
    func shipmentResponse() {
        let response = ShipmentResponse(
            carrierKey: .courier, carrierName: "Snelkoerier", trackingCode: "SK000000017NL",
            trackingURL: "https://track.example.com/t/SK000000017NL", format: .a6, pdf: Array("%PDF-1.7".utf8),
            zpl: Array("^XA^XZ".utf8))
        #expect(
            String(decoding: PicqerJSON.encode(response), as: UTF8.self)
                == #"{"data":{"carrier_key":"courier","carrier_name":"Snelkoerier","label":{"documents":{"pdf":"JVBERi0xLjc=","zpl":"XlhBXlha"},"format":"A6"},"tracking_code":"SK000000017NL","tracking_url":"https://track.example.com/t/SK000000017NL"},"version":"1.0"}"#
        )
    }

    @Test("Without ZPL the zpl key is left out; A4 for customs")
    func withoutZPL() throws {
        let response = ShipmentResponse(
            carrierKey: .postnl, carrierName: "PostNL", trackingCode: "xx", trackingURL: "https://example.com/XX",
            format: .a4, pdf: [0, 1, 2, 255])
        let json = try tree(PicqerJSON.encode(response))
        guard case .object(let root) = json, case .object(let data)? = root["data"],
            case .object(let label)? = data["label"],
            case .object(let documents)? = label["documents"]
        else {
            Issue.record("unexpected shape \(json)")
            return
        }
        #expect(Set(documents.keys) == ["pdf"])
        #expect(documents["pdf"] == .string("AAEC/w=="))
        #expect(label["format"] == .string("A4"))
        #expect(Set(data.keys) == ["carrier_key", "carrier_name", "tracking_code", "tracking_url", "label"])
    }

    @Test("Optional fields of the shipment answer are left out when nil")
    func optionalFields() {
        let response = ShipmentResponse(
            carrierKey: nil, carrierName: "X", trackingCode: nil, trackingURL: nil, format: .a6, pdfBase64: "AA==",
            zplBase64: nil)
        #expect(
            String(decoding: PicqerJSON.encode(response), as: UTF8.self)
                == #"{"data":{"carrier_name":"X","label":{"documents":{"pdf":"AA=="},"format":"A6"}},"version":"1.0"}"#)
    }

    @Test("Error answer from problems, in the shipment's language")
    func errorResponse() {
        let problems = [
            Problem(field: "a", english: "Recipient zipcode is missing.", dutch: "Postcode ontvanger ontbreekt."),
            Problem(field: "b", english: "Weight is missing.", dutch: "Gewicht ontbreekt."),
        ]
        #expect(
            String(decoding: PicqerJSON.encode(ErrorResponse(problems: problems, language: .nl)), as: UTF8.self)
                == #"{"error_messages":["Postcode ontvanger ontbreekt.","Gewicht ontbreekt."],"version":"1.0"}"#)
        #expect(
            ErrorResponse(problems: problems, language: .en).errorMessages == [
                "Recipient zipcode is missing.", "Weight is missing.",
            ])
    }

    @Test("Error answer for a body that is not JSON")
    func malformedResponse() {
        #expect(
            ErrorResponse(.malformedJSON).errorMessages == [
                "The shipment could not be read: the request is not valid JSON. Send the shipment again from Picqer."
            ])
        #expect(
            ErrorResponse(.notAnObject, language: .nl).errorMessages.first?.hasPrefix(
                "De zending kon niet gelezen worden") == true)
    }

    @Test("Carrier keys are exactly Picqer's list")
    func carrierKeys() {
        #expect(
            CarrierKey.allCases.map(\.rawValue) == [
                "ampere", "bpost", "budbee", "dhl_de", "dhl_for_you", "dhl_nl", "dpd_be", "dpd_nl", "gls", "packs",
                "postnl", "maersk", "red_je_pakketje", "sandd2me", "transmission", "trunkrs", "ups", "postal",
                "courier", "other",
            ])
        #expect(CarrierKey(rawValue: "dhl") == nil)
    }

    @Test("Strings are escaped as JSON needs, slashes and non-ASCII are kept")
    func escaping() {
        let json = String(
            decoding: PicqerJSON.encode(ErrorResponse(messages: [#"Naam "Müller" \ /"#])), as: UTF8.self)
        #expect(json == #"{"error_messages":["Naam \"Müller\" \\ /"],"version":"1.0"}"#)
    }
}
