import Synchronization
import Testing

@testable import CarrierServer

/// The deadline decides exactly once between "label delivered" and "shipment void".
@Suite struct DeadlineRaceTests {
    @Test func workThatFinishesInTimeWinsAndClaimsFirst() async {
        // A generous deadline: the work only has to be scheduled, which can take seconds while
        // other suites keep the cooperative threads busy.
        let (race, result) = await DeadlineRace.run(seconds: 30) { race in
            race.claim() ? "claimed" : "lost"
        }
        #expect(result == "claimed")
        #expect(race.claim() == false)
    }

    @Test func slowWorkLosesToTheDeadlineAndCannotClaimAfterwards() async throws {
        let lateClaim = Mutex<Bool?>(nil)
        let (race, result) = await DeadlineRace.run(seconds: 0.2) { race in
            try? await Task.sleep(for: .milliseconds(800))
            let claimed = race.claim()
            lateClaim.withLock { $0 = claimed }
            return "late"
        }
        // `nil`: the deadline answered before the work ended (timings are not asserted: other
        // tests may keep the machine busy).
        #expect(result == nil)
        // The deadline side has claimed (the caller voids the shipment) …
        #expect(race.claim() == false)
        // … so the late work finds the claim taken and must not activate it.
        try await Task.sleep(for: .milliseconds(900))
        #expect(lateClaim.withLock { $0 } == false)
    }
}
