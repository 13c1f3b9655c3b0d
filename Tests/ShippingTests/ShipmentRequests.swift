import Foundation
import PicqerAPI
import Shipping
import Testing

/// The test carrier and Picqer requests built from the fixtures, for the planner, composer and flow tests.
enum ShipmentRequests {
    static let hash = "$2b$10$" + String(repeating: "a", count: 53)

    /// A carrier with three services (one documents-only) and an account with two sender addresses.
    static let configuration: CarrierConfiguration = {
        let yaml = """
            server: {port: 8443, plain_http: true, public_base_url: "https://track.test.example"}
            carrier:
              key: courier
              name: Testkoerier
              tracking_code: {scheme: s10, prefix: CC, country: NL}
            services:
              - {value: standard, name: Parcel Standard, code: STD, max_weight_grams: 31500}
              - {value: express, name: Express Next Day, code: EXP, max_weight_grams: 20000}
              - {value: documents, name: Documents International, code: DOC, max_weight_grams: 2000, documents_only: true}
            accounts:
              - username: shop
                password_hash: "\(hash)"
                sender_addresses:
                  - {id: 1, name: Demo Webshop B.V., street: Meander 601, zipcode: 6825 MC, city: Arnhem, country: NL, tax_id: NL123456789B01}
                  - {id: 2, name: Demo Outlet, street: Delta 39, zipcode: 6825 ML, city: Arnhem, country: NL}
            """
        return try! CarrierConfiguration.parse(yaml: yaml, environment: [:], baseDirectory: "/tmp")
    }()

    static var account: CarrierConfiguration.Account { configuration.accounts[0] }

    /// The fixture `name` under Fixtures/requests as JSON.
    static func fixture(_ name: String) throws -> [String: Any] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let data = try Data(contentsOf: root.appendingPathComponent("Fixtures/requests/\(name)"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// A fixture with the recipient's fields, the shipment's fields and the profile values replaced
    /// (`NSNull()` sets `null`; `remove` takes shipment fields out).
    static func body(
        _ name: String = "nl-domestic.json", recipient: [String: Any] = [:], shipment changes: [String: Any] = [:],
        remove: [String] = [], profile: [String: Any] = [:]
    ) throws -> [UInt8] {
        var json = try fixture(name)
        var data = try #require(json["data"] as? [String: Any])
        var shipment = try #require(data["shipment"] as? [String: Any])
        var person = try #require(shipment["recipient"] as? [String: Any])
        for (key, value) in recipient { person[key] = value }
        shipment["recipient"] = person
        for (key, value) in changes { shipment[key] = value }
        for key in remove { shipment.removeValue(forKey: key) }
        var entries = (data["profile"] as? [[String: Any]] ?? []).filter { profile[$0["key"] as? String ?? ""] == nil }
        for (key, value) in profile.sorted(by: { $0.key < $1.key }) { entries.append(["key": key, "value": value]) }
        data["profile"] = entries
        data["shipment"] = shipment
        json["data"] = data
        return Array(try JSONSerialization.data(withJSONObject: json))
    }

    /// The plan of `body` for the test account, or the test fails.
    static func plan(_ body: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws -> ShipmentPlan {
        switch ShipmentIntake.plan(body: body, account: account) {
        case .success(let plan): return plan
        case .failure(let refusal):
            Issue.record("refused: \(refusal)", sourceLocation: sourceLocation)
            throw refusal
        }
    }

    /// The messages of a refused `body`; empty (and a recorded issue) when it was planned.
    static func messages(_ body: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        switch ShipmentIntake.plan(body: body, account: account) {
        case .success:
            Issue.record("planned, expected a refusal", sourceLocation: sourceLocation)
            return []
        case .failure(.unreadable(let message)): return [message]
        case .failure(.invalid(let messages)): return messages
        }
    }
}

extension ShipmentRequests {
    /// The fields of every problem of `body` (decoding, validation and planning in one pass); empty when it
    /// was planned.
    static func problemFields(_ body: [UInt8]) throws -> [String] {
        let request = try ShipmentRequestDecoding.decode(body).get()
        let review = ShipmentValidator().review(
            request, options: AccountOptions.options(for: account),
            weightLimit: ShipmentPlanner.weightLimit(for: account))
        switch ShipmentPlanner.plan(review, account: account) {
        case .success: return []
        case .failure(let failure): return failure.problems.map(\.field)
        }
    }
}
