import Foundation
import Testing
@testable import PicqerAPI
@Test func tmpBench() throws {
    let body = try fixture("ch-customs.json")
    func time(_ label: String, _ f: () throws -> Void) rethrows {
        let start = Date()
        for _ in 0..<2000 { try f() }
        print("PERF \(label) µs:", Date().timeIntervalSince(start) / 2000 * 1e6)
    }
    try time("parse") { _ = try JSONParser.parse(body) }
    let tree = try JSONParser.parse(body)
    time("read") { _ = ShipmentRequest(json: tree) }
    let r = try ShipmentRequestDecoding.decode(body).get()
    time("profile") { _ = resolveProfile(r.profile, options: demoOptions) }
    time("validate") { _ = ShipmentValidator().validate(r) }
}
