import Foundation
import PicqerAPI
import Shipping
import Synchronization
import Testing

@Suite struct RetentionTests {
    static func configuration(_ retention: String) throws(ConfigurationError) -> CarrierConfiguration {
        let yaml = """
            server: {port: 8443, plain_http: true}
            carrier: {key: courier, name: Testkoerier, tracking_code: {scheme: s10, prefix: CC, country: NL}}
            services: [{value: standard, name: Parcel Standard, code: STD}]
            accounts:
              - username: shop
                password_hash: "\(ShipmentRequests.hash)"
                sender_addresses: [{id: 1, name: Shop, street: Meander 601, zipcode: 6825 MC, city: Arnhem, country: NL}]
            \(retention)
            """
        return try CarrierConfiguration.parse(yaml: yaml, environment: [:], baseDirectory: "/tmp")
    }

    @Test func ninetyDaysUnlessConfigured() throws {
        #expect(try Self.configuration("").retention.personalDataDays == 90)
        #expect(try Self.configuration("retention: {personal_data_days: 30}").retention.personalDataDays == 30)
    }

    @Test(arguments: [0, -5]) func fewerThanOneDayIsRefusedByName(days: Int) {
        #expect {
            try Self.configuration("retention: {personal_data_days: \(days)}")
        } throws: { error in
            (error as? ConfigurationError)?.problems.contains {
                $0.hasPrefix("retention.personal_data_days: ") && $0.contains("at least 1")
                    && $0.hasSuffix("got \(days)")
            } == true
        }
    }

    @Test func cutoffIsTheRetentionPeriodBeforeNow() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let task = RetentionTask(store: InMemoryShipmentStore(), personalDataDays: 90, now: { now })
        #expect(task.cutoff(at: now) == now.addingTimeInterval(-90 * 86_400))
    }

    /// The hourly task: erases at once, then after every interval what has aged past the period since.
    @Test func runErasesEveryIntervalUntilCancelled() async throws {
        let store = try StoreKind.sqlite.make()
        let first = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        let clock = Mutex(first.createdAt.addingTimeInterval(91 * 86_400))
        let passes = Mutex<[RetentionTask.Pass]>([])
        let (stream, continuation) = AsyncStream.makeStream(of: Int.self)
        let task = RetentionTask(
            store: store, personalDataDays: 90, interval: .milliseconds(1),
            now: { clock.withLock { $0 } },
            sleep: { _ in
                // Each wait lets a day pass.
                clock.withLock { $0 = $0.addingTimeInterval(86_400) }
                try await Task.sleep(for: .milliseconds(1))
            })
        let running = Task {
            await task.run { pass in
                let count = passes.withLock { passes in
                    passes.append(pass)
                    return passes.count
                }
                continuation.yield(count)
            }
        }
        var iterator = stream.makeAsyncIterator()
        _ = await iterator.next()
        #expect(try await store.shipment(trackingCode: first.trackingCode)?.personalDataErased == true)
        let second = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        // Move the clock so the second shipment ages past the period on the next pass.
        clock.withLock { $0 = second.createdAt.addingTimeInterval(90 * 86_400) }
        while try await store.shipment(trackingCode: second.trackingCode)?.personalDataErased != true {
            _ = await iterator.next()
        }
        running.cancel()
        await running.value
        let seen = passes.withLock { $0 }
        guard case .erased(let count, _) = seen.first else {
            Issue.record("the first pass must erase, not fail: \(seen)")
            return
        }
        #expect(count == 1)
        #expect(seen.contains { if case .erased(1, _) = $0 { true } else { false } })
        #expect(!seen.contains { if case .failed = $0 { true } else { false } })
    }
}
