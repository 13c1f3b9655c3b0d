import Foundation
import Testing

@testable import PicqerAPI

/// The folder `Fixtures/requests` of the repository, found from this file's path.
let requestFixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/requests")

/// The bytes of a fixture, e.g. `fixture("nl-domestic.json")` or `fixture("bad/bad-date.json")`.
func fixture(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: requestFixtures.appendingPathComponent(name)))
}

/// Decodes a fixture, failing the test when the body cannot be read at all.
func decodedFixture(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ShipmentRequest {
    let result = ShipmentRequestDecoding.decode(try fixture(name))
    return try #require(try? result.get(), "\(name) did not decode: \(result)", sourceLocation: sourceLocation)
}

/// Decodes JSON text.
func decode(_ json: String) -> Result<ShipmentRequest, RequestProblem> {
    ShipmentRequestDecoding.decode(Array(json.utf8))
}

/// Wraps a shipment object (JSON text) in Picqer's envelope with an empty profile.
func envelope(shipment: String, profile: String = "[]") -> String {
    #"{"version":"1.0","data":{"profile":\#(profile),"shipment":\#(shipment)}}"#
}

/// A complete, valid NL recipient as JSON text.
let goodRecipient = #"""
    {"name":"Picqer B.V.","contactname":null,"address":"Meander 251","address2":null,"zipcode":"6825MC",
     "city":"Arnhem","region":null,"country":"nl","emailaddress":null,"telephone":null}
    """#

/// The options the lead's demo account announces (services "standard"/"express", sender addresses 1 and 2).
let demoOptions: [ConfigOption] = [
    ConfigOption(
        key: "shipping_method", label: "Shipping method",
        kind: .list([
            PossibleValue(value: "standard", label: "Standard parcel"),
            PossibleValue(value: "express", label: "Express parcel"),
        ]), defaultValue: "standard", required: true, dutchLabel: "Verzendmethode"),
    ConfigOption(
        key: "sender_address", label: "Sender address", description: "Printed as sender on the label",
        kind: .list([
            PossibleValue(value: 1, label: "Main warehouse"),
            PossibleValue(value: 2, label: "Returns desk"),
        ]), defaultValue: 1, required: true, dutchLabel: "Afzenderadres"),
    ConfigOption(
        key: "insured", label: "Insured",
        kind: .list([PossibleValue(value: 0, label: "No"), PossibleValue(value: 1, label: "Yes")]), defaultValue: 0,
        dutchLabel: "Verzekerd"),
    ConfigOption(
        key: "pickup_instructions", label: "Pickup instructions", kind: .text(maxLength: 100),
        dutchLabel: "Ophaalinstructies"),
]

/// The JSON tree of encoded bytes, for comparing shapes.
func tree(_ bytes: [UInt8]) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
}

/// The problems of a failed validation (empty when it succeeded).
func problems<T>(_ result: Result<T, ValidationFailure>) -> [Problem] {
    if case .failure(let failure) = result { return failure.problems }
    return []
}
