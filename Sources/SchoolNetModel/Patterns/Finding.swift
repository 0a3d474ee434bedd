/// The three alliance patterns of Greany and Higham (2018), as quoted in the DfE review.
public enum AlliancePattern: String, Enumeration {
    case hierarchical, exclusive, marketised
}

/// A judgement, with "not enough data to judge" as an honest answer.
public enum Verdict: String, Enumeration {
    case yes, no
    case insufficientData = "insufficient-data"
}

/// What a finding judges: one structure (its members), or one lead school's wider circle (every
/// school in a structure it leads or joined to it by a link).
public enum FindingScope: String, Enumeration {
    case structure, lead
}

/// One pattern judged for one structure or one lead's circle: the verdict, a score (the pattern's main indicator),
/// and every number the verdict rests on, so that a reader can check it by hand.
public struct Finding: Equatable, Sendable {
    /// The structure's id, or `lead:<URN>` for a lead's circle.
    public let structure: String
    public let pattern: AlliancePattern
    public let verdict: Verdict
    /// NaN when the data do not allow it.
    public let score: Double
    /// Named numbers, in a fixed order.
    public let evidence: [(name: String, value: Double)]
    public var scope: FindingScope = .structure

    /// Equal when every field is, the evidence's values included (NaN equals NaN: both undefined).
    public static func == (a: Finding, b: Finding) -> Bool {
        func same(_ x: Double, _ y: Double) -> Bool { x == y || (x.isNaN && y.isNaN) }
        return a.structure == b.structure && a.scope == b.scope && a.pattern == b.pattern && a.verdict == b.verdict
            && same(a.score, b.score)
            && a.evidence.count == b.evidence.count
            && zip(a.evidence, b.evidence).allSatisfy { $0.name == $1.name && same($0.value, $1.value) }
    }
}
