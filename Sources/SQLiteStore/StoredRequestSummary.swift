import Foundation
import PicqerAPI

/// Weight, country and postcode read back from a stored request, for shipments stored before these were
/// kept in their own columns. Normalised as the validator does (whole grams rounded up; country and postcode
/// in upper case, postcode with single spaces); 0 or empty when the request does not say.
struct StoredRequestSummary {
    var weightGrams: Int
    var country: String
    var postcode: String

    init(_ request: ShipmentRequest) {
        let weight = request.shipment.weight ?? 0
        weightGrams = weight > 0 && weight < 1_000_000_000 ? Int(weight.rounded(.up)) : 0
        let recipient = request.shipment.recipient
        country = (recipient.country ?? "").trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        postcode = (recipient.zipcode ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .uppercased()
    }
}
