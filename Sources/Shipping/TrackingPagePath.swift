/// Where the server serves the public tracking page of a parcel: `/track/{tracking_code}`. The configuration's
/// default tracking URL points here and the server's route table serves it, so the two cannot drift apart.
public enum TrackingPagePath {
    /// The path up to the tracking code.
    public static let prefix = "/track/"
}
