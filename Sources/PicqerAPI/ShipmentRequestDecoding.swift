import Foundation

/// Why a request body could not be read at all (the server answers 400). Problems with single fields are not
/// errors of this kind: they travel in ``ShipmentRequest/problems`` and end up as a 422.
public enum RequestProblem: Error, Sendable, Equatable {
    /// The body is not valid JSON (or is empty).
    case malformedJSON
    /// The body is JSON but not an object.
    case notAnObject

    /// The problem as told to the warehouse user; ``Problem/field`` is `body`.
    public var problem: Problem {
        switch self {
        case .malformedJSON:
            return Problem(
                field: "body",
                english:
                    "The shipment could not be read: the request is not valid JSON. Send the shipment again from Picqer.",
                dutch:
                    "De zending kon niet gelezen worden: het verzoek is geen geldige JSON. Verstuur de zending opnieuw vanuit Picqer."
            )
        case .notAnObject:
            return Problem(
                field: "body",
                english:
                    "The shipment could not be read: the request is not a JSON object. Send the shipment again from Picqer.",
                dutch:
                    "De zending kon niet gelezen worden: het verzoek is geen JSON-object. Verstuur de zending opnieuw vanuit Picqer."
            )
        }
    }
}

/// Entry point for reading the body of Picqer's `POST …/shipments`.
public enum ShipmentRequestDecoding {
    /// Reads a request body.
    ///
    /// Returns ``RequestProblem/malformedJSON`` for anything that is not JSON and ``RequestProblem/notAnObject``
    /// for JSON that is not an object (both: answer 400). Everything else decodes; fields of an impossible type
    /// are listed in ``ShipmentRequest/problems`` and are reported by ``ShipmentValidator`` (answer 422).
    public static func decode(_ body: [UInt8]) -> Result<ShipmentRequest, RequestProblem> {
        let tree: JSONValue
        do {
            tree = try JSONParser.parse(body)
        } catch {
            return .failure(.malformedJSON)
        }
        guard let request = ShipmentRequest(json: tree) else { return .failure(.notAnObject) }
        return .success(request)
    }

    /// Reads a request body; see ``decode(_:)-([UInt8])``.
    public static func decode(_ body: Data) -> Result<ShipmentRequest, RequestProblem> {
        decode([UInt8](body))
    }
}
