import Foundation

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
