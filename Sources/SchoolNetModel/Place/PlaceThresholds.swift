/// Who counts as struggling, high-performing or disadvantaged in the place and equity analysis;
/// echoed into every output.
public struct PlaceThresholds: Equatable, Sendable {
    /// Ofsted grades of low-performing schools.
    public var lowGrades: Set<OfstedGrade> = [.requiresImprovement, .inadequate]
    /// Ofsted grades of high-performing schools.
    public var highGrades: Set<OfstedGrade> = [.outstanding]
    /// A school is disadvantaged when at least this share of its pupils is eligible for free
    /// school meals.
    public var disadvantage = 0.3

    public init(
        lowGrades: Set<OfstedGrade> = [.requiresImprovement, .inadequate],
        highGrades: Set<OfstedGrade> = [.outstanding], disadvantage: Double = 0.3
    ) {
        self.lowGrades = lowGrades
        self.highGrades = highGrades
        self.disadvantage = disadvantage
    }
}

/// How places are grouped.
public enum PlaceLevel: String, Enumeration {
    case la, region

    public func name(of school: School) -> String {
        (self == .la ? school.localAuthority : school.region) ?? "unknown"
    }
}

/// Which ties count as a tie to a high performer in the headline pairing and cold spots.
public enum PairingTies: String, Enumeration {
    /// Ties through which support is given: a support link from a high performer, or a trust or
    /// federation shared with one.
    case support
    /// Any tie of the school network of the chosen layers (a shared cluster, hub or partnership
    /// included).
    case any
}
