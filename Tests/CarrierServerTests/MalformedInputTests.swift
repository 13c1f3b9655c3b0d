import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// No input may crash the server or produce a 5xx: mutated versions of the fixtures all get
/// a 200 or a 4xx in Picqer's shape, and the server keeps answering.
@Suite struct MalformedInputTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static var nastyValues: [Any] {
        [
            NSNull(), "", " ", "Bob^XZ~JA", "_5E\\&", String(repeating: "Ω", count: 5000), -1, 0, 1e308, -1e308,
            Int64.max, "NaN", "1e999", [Any](), [String: Any](), ["nested": ["deeper": [1, 2, 3]]], true, false,
            "2025-13-45", "\u{202E}evil", "\u{0}\u{1}\u{7F}", "😀📦", "Αθήνα Москва Łódź", 3.14159, "12,50",
            [1, "two", NSNull()],
        ]
    }

    /// Replaces a random value somewhere in `json` (or removes a key).
    static func mutate(_ json: Any, _ random: inout Generator, depth: Int = 0) -> Any {
        if var object = json as? [String: Any], !object.isEmpty {
            let key = object.keys.sorted()[Int.random(in: 0..<object.count, using: &random)]
            switch Int.random(in: 0..<10, using: &random) {
            case 0: object.removeValue(forKey: key)
            case 1...3 where depth > 0: object[key] = nastyValues.randomElement(using: &random)!
            default: object[key] = mutate(object[key]!, &random, depth: depth + 1)
            }
            return object
        }
        if var array = json as? [Any], !array.isEmpty {
            let index = Int.random(in: 0..<array.count, using: &random)
            array[index] = mutate(array[index], &random, depth: depth + 1)
            return array
        }
        return depth == 0 ? json : nastyValues.randomElement(using: &random)!
    }

    @Test func mutatedShipmentsNeverGetA5xx() async throws {
        let carrier = try TestCarrier()
        let bases = try ["nl-domestic.json", "ch-customs.json", "pickup-point.json", "return.json"].map {
            try JSONSerialization.jsonObject(with: Data(try TestCarrier.fixture($0).readableBytesView))
        }
        var random = Generator(state: 2026)
        var bodies: [ByteBuffer] = []
        for round in 0..<240 {
            var json = bases[round % bases.count]
            for _ in 0..<(1 + round % 4) { json = Self.mutate(json, &random) }
            bodies.append(ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json)))
        }
        let requests = bodies
        let counts = try await carrier.withServer { client in
            var counts: [UInt: Int] = [:]
            for (index, body) in requests.enumerated() {
                let response = try await client.execute(
                    uri: "/picqer-integration/shipments", method: .post,
                    headers: TestCarrier.shopA.merging([.contentType: "application/json"]), body: body)
                counts[UInt(response.status.code), default: 0] += 1
                #expect(
                    [200, 400, 422].contains(response.status.code),
                    "case \(index) got \(response.status): \(String(buffer: body).prefix(400))")
                let answer = try PicqerAnswer(response.body)
                #expect(answer.data != nil || answer.error_messages?.isEmpty == false, "case \(index)")
            }
            try await client.execute(uri: "/health", method: .get) { response in #expect(response.status == .ok) }
            return counts
        }
        // The mutations must exercise both outcomes, or the test proves nothing.
        #expect((counts[200] ?? 0) > 10, "\(counts)")
        #expect((counts[422] ?? 0) > 10, "\(counts)")
    }
}
