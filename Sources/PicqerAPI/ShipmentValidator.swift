/// Checks a ``ShipmentRequest`` for everything a label needs and reports **all** problems at once, each naming
/// its field as Picqer users know it and saying what to do.
///
/// Checked here: recipient name, address, zipcode (except in countries without postcodes), city and country
/// (a known ISO 3166-1 alpha-2 code) are present; weight is more than 0 and at most ``maxWeightGrams``;
/// `total_paid` and `value_of_goods` are not negative; `preferred_delivery_date` is a real `YYYY-MM-DD` date
/// when given; a pickup point has an id; every customs line has a description, a quantity ≥ 1, a weight > 0,
/// a value ≥ 0, an HS code of 6–10 digits and a known country of origin. Not checked here: whether the
/// destination needs customs documents, whether the service serves the destination, e-mail and phone format,
/// and whether `value_of_goods` equals the sum of the customs lines (it need not).
public struct ShipmentValidator: Sendable {
    /// The heaviest parcel allowed, in grams (the service's limit); `nil` for no limit here.
    public var maxWeightGrams: Int?
    /// The weight used when Picqer sends no weight or 0 (it sends 0 when the products have no weight in
    /// Picqer); `nil` makes a missing weight a problem.
    public var defaultWeightGrams: Int?

    /// Creates a validator.
    public init(maxWeightGrams: Int? = nil, defaultWeightGrams: Int? = nil) {
        self.maxWeightGrams = maxWeightGrams
        self.defaultWeightGrams = defaultWeightGrams
    }

    /// Validates the shipment of a request (its profile is not looked at; see ``validate(_:options:weightLimit:)``).
    public func validate(_ request: ShipmentRequest) -> Result<ValidatedShipment, ValidationFailure> {
        // The profile is not looked at here, so neither are its decoding problems.
        let decoding = request.problems.filter { !Self.isProfileField($0.field) }
        var check = ShipmentCheck(decodingProblems: decoding)
        let parts = check.shipment(request.shipment, validator: self, maxWeightGrams: maxWeightGrams)
        if let shipment = parts.shipment, check.problems.isEmpty {
            return .success(shipment)
        }
        return .failure(ValidationFailure(problems: check.problems, language: request.shipment.language))
    }

    /// Validates a whole request: resolves its profile against the account's `options` (see
    /// ``resolveProfile(_:options:)``) and validates its shipment, reporting the problems of both together.
    ///
    /// `weightLimit` gives the weight limit for the resolved profile (e.g. the limit of the chosen service); when
    /// it is `nil` or returns `nil`, ``maxWeightGrams`` applies.
    public func validate(
        _ request: ShipmentRequest, options: [ConfigOption], weightLimit: ((ResolvedProfile) -> Int?)? = nil
    ) -> Result<ValidatedRequest, ValidationFailure> {
        let review = review(request, options: options, weightLimit: weightLimit)
        if let validated = review.validated { return .success(validated) }
        return .failure(review.failure)
    }

    /// Checks a whole request like ``validate(_:options:weightLimit:)`` and returns everything found — the
    /// problems, and the profile values and shipment parts that are good — so that further checks can run on the
    /// good parts and add their problems to the same answer.
    public func review(
        _ request: ShipmentRequest, options: [ConfigOption], weightLimit: ((ResolvedProfile) -> Int?)? = nil
    ) -> ShipmentReview {
        let (profile, resolutionProblems) = resolveProfile(request.profile, options: options)
        // Profile values of an impossible type matter only for options the account has.
        let optionFields = Set(options.map { "profile.\($0.key)" })
        let decoding = request.problems.filter {
            !Self.isProfileField($0.field) || $0.field == "profile" || optionFields.contains($0.field)
        }
        let decodedFields = Set(decoding.map(\.field))
        let profileProblems = resolutionProblems.filter {
            !decodedFields.contains($0.field) && !decodedFields.contains("profile")
        }
        var goodProfile = profile
        for field in decodedFields where Self.isProfileField(field) {
            if field == "profile" {
                goodProfile.values.removeAll()
            } else {
                goodProfile.values[String(field.dropFirst("profile.".count))] = nil
            }
        }
        let limit = weightLimit?(goodProfile) ?? maxWeightGrams
        var check = ShipmentCheck(decodingProblems: decoding)
        let parts = check.shipment(request.shipment, validator: self, maxWeightGrams: limit)
        return ShipmentReview(problems: profileProblems + check.problems, profile: goodProfile, parts: parts)
    }
}

extension ShipmentValidator {
    /// Whether a problem's field is (part of) the profile.
    static func isProfileField(_ field: String) -> Bool {
        field == "profile" || field.hasPrefix("profile.")
    }
}
