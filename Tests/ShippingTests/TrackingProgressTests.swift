import Shipping
import Testing

/// The progress indicator of the tracking page: which path a parcel follows and which stage it is at.
@Suite struct TrackingProgressTests {
    @Test func aHomeDeliveryMovesThroughFiveStages() {
        let expected: [(TrackingEventStatus?, Int)] = [
            (nil, 0), (.pickedUp, 1), (.atSortingCenter, 2), (.inTransit, 2), (.outForDelivery, 3),
            (.deliveryFailed, 3), (.delivered, 4),
        ]
        for (status, index) in expected {
            let progress = TrackingProgress(status: status, toPickupPoint: false)
            #expect(progress.path == .delivery, "\(String(describing: status))")
            #expect(progress.currentIndex == index, "\(String(describing: status))")
            #expect(progress.deliveryFailed == (status == .deliveryFailed))
        }
        let delivered = TrackingProgress(status: .delivered, toPickupPoint: false)
        #expect(delivered.stages == [.registered, .pickedUp, .inTransit, .outForDelivery, .delivered])
        #expect(delivered.states == [.done, .done, .done, .done, .current])
        #expect(
            TrackingProgress(status: .pickedUp, toPickupPoint: false).states
                == [.done, .current, .upcoming, .upcoming, .upcoming])
    }

    @Test func aParcelForAPickupPointEndsThere() {
        let registered = TrackingProgress(status: nil, toPickupPoint: true)
        #expect(registered.path == .pickupPoint)
        #expect(registered.stages == [.registered, .pickedUp, .inTransit, .atPickupPoint, .collectedFromPickupPoint])
        #expect(TrackingProgress(status: .inTransit, toPickupPoint: true).currentIndex == 2)
        #expect(TrackingProgress(status: .atPickupPoint, toPickupPoint: true).currentIndex == 3)
        #expect(TrackingProgress(status: .collectedFromPickupPoint, toPickupPoint: true).currentIndex == 4)
        // A carrier that reports a pickup-point scan for a home delivery: the events decide.
        #expect(TrackingProgress(status: .atPickupPoint, toPickupPoint: false).path == .pickupPoint)
        // A pickup-point parcel the carrier reports as delivered to the door after all.
        #expect(TrackingProgress(status: .delivered, toPickupPoint: true).path == .delivery)
        let failed = TrackingProgress(status: .deliveryFailed, toPickupPoint: true)
        #expect(failed.path == .pickupPoint && failed.currentIndex == 2 && failed.deliveryFailed)
    }

    @Test func aReturnToSenderTakesItsOwnPath() {
        let returning = TrackingProgress(status: .returningToSender, toPickupPoint: true)
        #expect(returning.path == .returnToSender && returning.currentIndex == 3)
        #expect(returning.stages.suffix(2) == [.returningToSender, .returnedToSender])
        let returned = TrackingProgress(status: .returnedToSender, toPickupPoint: false)
        #expect(returned.path == .returnToSender && returned.currentIndex == 4)
    }
}
