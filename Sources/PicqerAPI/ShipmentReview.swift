/// Everything ``ShipmentValidator`` found in a request, also when it found problems: the problems, the
/// profile values that are good and the parts of the shipment that are good.
///
/// Made by ``ShipmentValidator/review(_:options:weightLimit:)``. Further checks (the carrier's own rules) add
/// their problems to the same list, so that the warehouse user gets one answer with everything to fix.
public struct ShipmentReview: Sendable, Equatable {
    /// Every problem found, in order: profile first, then fields of an impossible type, then the rest.
    public var problems: [Problem]
    /// The profile, resolved against the account's options; an option whose value has a problem is absent.
    public var profile: ResolvedProfile
    /// The parts of the shipment that passed their own checks.
    public var parts: ShipmentParts

    /// Creates a review.
    public init(problems: [Problem], profile: ResolvedProfile, parts: ShipmentParts) {
        self.problems = problems
        self.profile = profile
        self.parts = parts
    }

    /// The shipment's language (English when unknown).
    public var language: Language { parts.language }

    /// The validated request, when there are no problems.
    public var validated: ValidatedRequest? {
        guard problems.isEmpty, let shipment = parts.shipment else { return nil }
        return ValidatedRequest(shipment: shipment, profile: profile)
    }

    /// The problems as a failure in the shipment's language.
    public var failure: ValidationFailure {
        ValidationFailure(problems: problems, language: language)
    }

    /// Whether `field` (a JSON path such as `shipment.recipient.zipcode`), an object holding it or a field inside
    /// it has a problem. A problem with `data` (Picqer's wrapper of profile and shipment) holds every field.
    public func hasProblem(at field: String) -> Bool {
        problems.contains { problem in
            problem.field == "data" || Self.path(problem.field, isWithin: field)
                || Self.path(field, isWithin: problem.field)
        }
    }

    /// Whether `path` is `container` or lies inside it (`a.b` and `a.b[0]` lie inside `a.b`, `a.bc` does not).
    private static func path(_ path: String, isWithin container: String) -> Bool {
        guard path.hasPrefix(container) else { return false }
        let rest = path.dropFirst(container.count)
        return rest.isEmpty || rest.hasPrefix(".") || rest.hasPrefix("[")
    }
}
