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
