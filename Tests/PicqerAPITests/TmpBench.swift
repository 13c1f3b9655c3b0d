import Foundation
import Testing
@testable import PicqerAPI
@Test func tmpBench() throws {
    let body = try fixture("ch-customs.json")
    let start = Date()
    for _ in 0..<2000 {
        let r = try ShipmentRequestDecoding.decode(body).get()
        _ = ShipmentValidator().validate(r, options: demoOptions)
    }
    print("PERF per request µs:", Date().timeIntervalSince(start) / 2000 * 1e6)
}
