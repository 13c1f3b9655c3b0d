import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import NIOCore
import PicqerAPI
import SQLiteStore
import Shipping
import Testing

/// Tracking codes are issued once, durably, in order — also under concurrency and across restarts.
@Suite struct TrackingCodeTests {
    @Test func twoHundredConcurrentShipmentsGetTwoHundredDistinctCodes() async throws {
        let carrier = try TestCarrier()
        let body = try TestCarrier.fixture("nl-domestic.json")
        let codes = try await carrier.withServer { client in
            try await withThrowingTaskGroup(of: String?.self) { group in
                for _ in 0..<200 {
                    group.addTask {
                        let (status, answer) = try await ShipmentEndpointTests.post(client, body)
                        return status == .ok ? answer.data?.tracking_code : nil
                    }
                }
                var codes: [String] = []
                for try await code in group { if let code { codes.append(code) } }
                return codes
            }
        }
        #expect(codes.count == 200)
        #expect(Set(codes).count == 200)
        let scheme = carrier.configuration.carrier.trackingCode
        #expect(Set(codes) == Set((1...200).map { scheme.code(forSerial: Int64($0)) }))
    }

    @Test func theSerialContinuesAfterARestartAndRefusalsUseNoCode() async throws {
        let first = try TestCarrier()
        let body = try TestCarrier.fixture("nl-domestic.json")
        let bad = try TestCarrier.fixture("bad/missing-recipient-fields.json")
        let before = try await first.withServer { client in
            var codes: [String] = []
            for _ in 0..<2 {
                let (_, answer) = try await ShipmentEndpointTests.post(client, body)
                codes.append(try #require(answer.data?.tracking_code))
                let (status, _) = try await ShipmentEndpointTests.post(client, bad)
                #expect(status == .unprocessableContent)
            }
            return codes
        }
        let restarted = try TestCarrier(folder: first.folder)
        let after = try await restarted.withServer { client in
            let (_, answer) = try await ShipmentEndpointTests.post(client, body)
            return try #require(answer.data?.tracking_code)
        }
        let scheme = first.configuration.carrier.trackingCode
        #expect(before == [scheme.code(forSerial: 1), scheme.code(forSerial: 2)])
        #expect(after == scheme.code(forSerial: 3))

        let store = try SQLiteShipmentStore(path: restarted.configuration.databasePath)
        let record = try await store.shipment(trackingCode: after)
        #expect(record?.status == .active)
        #expect(record?.labelFormat == .a6)
    }

    @Test func theTrackingPageShowsTheParcelWithoutPersonalData() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            let (_, answer) = try await ShipmentEndpointTests.post(client, try TestCarrier.fixture("nl-domestic.json"))
            let code = try #require(answer.data?.tracking_code)
            try await client.execute(uri: "/track/\(code)", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains(code))
                #expect(html.contains("Parcel Standard"))
                #expect(!html.contains("Meander 251") && !html.contains("6825"))
            }
            try await client.execute(uri: "/track/CC999999999NL", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}

/// A label that cannot be made within the deadline gets a clear "try again" in time, and its
/// shipment is void — never left active, and its tracking code never handed out again.
@Suite struct DeadlineTests {
    /// Picqer's CH example with `count` customs lines: thousands of pages of CN23 and invoices.
    static func hugeCustomsShipment(products count: Int) throws -> ByteBuffer {
        let base = try TestCarrier.fixture("ch-customs.json")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(base.readableBytesView)) as? [String: Any])
        var data = try #require(json["data"] as? [String: Any])
        var shipment = try #require(data["shipment"] as? [String: Any])
        shipment["customs_data"] = [
            "products": (0..<count).map { line in
                [
                    "description": "Wollen sjaal \(line)", "amount": 1, "weight": 150, "value": 19.95,
                    "hs_code": "611710", "country_of_origin": "NL",
                ] as [String: Any]
            }
        ]
        data["shipment"] = shipment
        json["data"] = data
        return ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json))
    }

    @Test func aLabelThatMissesTheDeadlineIsRefusedInTimeAndVoided() async throws {
        let carrier = try TestCarrier(deadlineSeconds: 1)
        let huge = try Self.hugeCustomsShipment(products: 8000)
        let (status, answer, elapsed) = try await carrier.withServer { client in
            let started = ContinuousClock.now
            let (status, answer) = try await ShipmentEndpointTests.post(client, huge)
            return (status, answer, ContinuousClock.now - started)
        }
        #expect(status == .tooManyRequests, "\(answer.error_messages ?? [])")
        #expect(answer.error_messages?.first?.contains("opnieuw") == true, "\(answer.error_messages ?? [])")
        // The server decides at 1 s (a Dispatch timer); the slack covers a test machine whose
        // cooperative threads are busy with other suites when the answer is sent.
        #expect(elapsed < .seconds(8), "answered after \(elapsed)")

        let scheme = carrier.configuration.carrier.trackingCode
        let store = try SQLiteShipmentStore(path: carrier.configuration.databasePath)
        let first = try await store.shipment(trackingCode: scheme.code(forSerial: 1))
        #expect(first?.status == .void)
        #expect(first?.labelFormat == nil)

        let restarted = try TestCarrier(folder: carrier.folder, deadlineSeconds: 1)
        let next = try await restarted.withServer { client in
            try await ShipmentEndpointTests.post(client, try TestCarrier.fixture("nl-domestic.json")).1.data?
                .tracking_code
        }
        #expect(next == scheme.code(forSerial: 2))
    }

    /// When the database refuses every change of a shipment after its code was issued, Picqer still gets a
    /// clear refusal, and both failed writes (activate, then void) are counted on the server's flow instead
    /// of vanishing.
    @Test func storeWritesTheDatabaseRefusesAreCounted() async throws {
        let carrier = try TestCarrier()
        let flow = try carrier.flow()
        let queue = try DatabaseQueue(path: carrier.configuration.databasePath)
        try await queue.write { db in
            try db.execute(
                sql: "CREATE TRIGGER refuse BEFORE UPDATE ON shipment BEGIN SELECT RAISE(ABORT, 'refused'); END")
        }
        let (status, answer) = try await carrier.withServer(flow: flow) { client in
            try await ShipmentEndpointTests.post(client, try TestCarrier.fixture("nl-domestic.json"))
        }
        #expect(status == .unprocessableContent)
        #expect(answer.error_messages?.first?.contains("opnieuw") == true, "\(answer.error_messages ?? [])")
        #expect(flow.failedStoreWrites == 2)
        let code = carrier.configuration.carrier.trackingCode.code(forSerial: 1)
        let store = try SQLiteShipmentStore(path: carrier.configuration.databasePath)
        #expect(try await store.shipment(trackingCode: code)?.status == .pending)
    }
}
