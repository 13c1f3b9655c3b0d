import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// `GET /picqer-integration/config-options` answers each account's own options.
@Suite struct ConfigOptionsTests {
    private func items(_ body: ByteBuffer) throws -> [[String: Any]] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any])
        #expect(json["version"] as? String == "1.0")
        let data = try #require(json["data"] as? [String: Any])
        return try #require(data["items"] as? [[String: Any]])
    }

    private func values(_ items: [[String: Any]], key: String) -> [String] {
        let item = items.first { $0["key"] as? String == key }
        let possible = item?["possible_values"] as? [[String: Any]] ?? []
        return possible.map { "\($0["value"]!)" }
    }

    @Test func twoAccountsGetTheirOwnOptions() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let a = try await client.execute(
                uri: "/picqer-integration/config-options", method: .get, headers: TestCarrier.shopA)
            let b = try await client.execute(
                uri: "/picqer-integration/config-options", method: .get, headers: TestCarrier.shopB)
            #expect(a.status == .ok)
            #expect(b.status == .ok)
            #expect(a.headers[.contentType]?.hasPrefix("application/json") == true)
            let itemsA = try items(a.body)
            let itemsB = try items(b.body)
            #expect(values(itemsA, key: "shipping_method") == ["standard", "express", "documents"])
            #expect(values(itemsB, key: "shipping_method") == ["express"])
            #expect(values(itemsA, key: "sender_address") == ["1", "2"])
            #expect(values(itemsB, key: "sender_address") == ["7"])
            for item in itemsA {
                let key = try #require(item["key"] as? String)
                let type = try #require(item["type"] as? String)
                #expect(item["label"] is String, "\(key)")
                #expect(item.keys.contains("description") && item.keys.contains("default_value"), "\(key)")
                #expect(type == "list" || type == "text", "\(key)")
                if type == "list" { #expect(item["possible_values"] is [[String: Any]], "\(key)") }
            }
            let shipping = try #require(itemsA.first { $0["key"] as? String == "shipping_method" })
            #expect(shipping["required"] as? Bool == true)
            #expect(shipping["default_value"] as? String == "standard")
            let keys = itemsA.compactMap { $0["key"] as? String }
            #expect(
                keys.contains("insured") && keys.contains("delivery_instructions") && keys.contains("zpl_resolution"))
        }
    }
}
