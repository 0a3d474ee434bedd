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
