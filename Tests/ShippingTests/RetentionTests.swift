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

    /// The hourly task: a pass at once, then one after every interval, each erasing what has aged past the
    /// period by then. The test decides when an interval has passed and what time it is.
    @Test(arguments: StoreKind.allCases) func runErasesAtOnceAndAfterEveryIntervalUntilCancelled(kind: StoreKind)
        async throws
    {
        let store = try await kind.make()
        let first = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        let clock = Mutex(first.createdAt.addingTimeInterval(91 * 86_400))
        let intervalsPassed = Mutex(0)
        let waits = Mutex<[Duration]>([])
        let (passes, reported) = AsyncStream.makeStream(of: RetentionTask.Pass.self)
        let task = RetentionTask(
            store: store, personalDataDays: 90, now: { clock.withLock { $0 } },
            sleep: { interval in
                waits.withLock { $0.append(interval) }
                while !intervalsPassed.withLock({ count in
                    guard count > 0 else { return false }
                    count -= 1
                    return true
                }) {
                    try await Task.sleep(for: .milliseconds(2))
                }
            })
        let running = Task { await task.run { reported.yield($0) } }
        var iterator = passes.makeAsyncIterator()

        let firstPass = await iterator.next()
        #expect(firstPass == .erased(count: 1, cutoff: task.cutoff(at: clock.withLock { $0 })))
        #expect(try await store.shipment(trackingCode: first.trackingCode)?.personalDataErased == true)

        let second = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        let later = second.createdAt.addingTimeInterval(90 * 86_400 + 1)
        clock.withLock { $0 = later }
        intervalsPassed.withLock { $0 += 1 }
        let secondPass = await iterator.next()
        #expect(secondPass == .erased(count: 1, cutoff: task.cutoff(at: later)))
        #expect(try await store.shipment(trackingCode: second.trackingCode)?.personalDataErased == true)

        running.cancel()
        await running.value
        reported.finish()
        #expect(await iterator.next() == nil, "no pass after cancellation")
        #expect(waits.withLock { $0 }.allSatisfy { $0 == .seconds(3600) })
    }

    /// The server's task reads the period at every pass: a configuration reload that shortens it erases, at the
    /// next pass, what the old period still kept.
    @Test func aChangedPeriodAppliesFromTheNextPass() async throws {
        let store = InMemoryShipmentStore()
        let shipment = try await store.issue(StoreKind.shipment(), scheme: StoreKind.scheme)
        let now = shipment.createdAt.addingTimeInterval(31 * 86_400)
        let days = Mutex(90)
        let nextPass = Mutex(false)
        let (passes, reported) = AsyncStream.makeStream(of: RetentionTask.Pass.self)
        let task = RetentionTask(
            store: store, personalDataDays: { days.withLock { $0 } }, now: { now },
            sleep: { _ in
                while !nextPass.withLock({ go in
                    defer { go = false }
                    return go
                }) {
                    try await Task.sleep(for: .milliseconds(2))
                }
            })
        let running = Task { await task.run { reported.yield($0) } }
        var iterator = passes.makeAsyncIterator()

        #expect(await iterator.next() == .erased(count: 0, cutoff: now.addingTimeInterval(-90 * 86_400)))
        #expect(try await store.shipment(trackingCode: shipment.trackingCode)?.personalDataErased == false)

        days.withLock { $0 = 30 }
        #expect(task.personalDataDays == 30)
        nextPass.withLock { $0 = true }
        #expect(await iterator.next() == .erased(count: 1, cutoff: now.addingTimeInterval(-30 * 86_400)))
        #expect(try await store.shipment(trackingCode: shipment.trackingCode)?.personalDataErased == true)
        running.cancel()
        await running.value
    }
}
