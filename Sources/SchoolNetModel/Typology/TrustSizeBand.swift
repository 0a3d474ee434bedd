/// The National Schools Commissioner's typology of multi-academy trusts by number of academies.
public enum TrustSizeBand: String, DeclarationOrdered {
    /// 1–5 academies.
    case starter
    /// 6–15 academies.
    case established
    /// 16–30 academies.
    case national
    /// 31 or more academies.
    case systemLeader = "system-leader"

    /// The band of a trust with `academies` schools; nil for an empty trust.
    public init?(academies: Int) {
        switch academies {
        case ..<1: return nil
        case 1...5: self = .starter
        case 6...15: self = .established
        case 16...30: self = .national
        default: self = .systemLeader
        }
    }

    /// "1–5", "6–15", "16–30", "31+".
    public var range: String {
        switch self {
        case .starter: "1-5"
        case .established: "6-15"
        case .national: "16-30"
        case .systemLeader: "31+"
        }
    }
}
