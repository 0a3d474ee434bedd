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

extension Landscape {
    /// A trust's size for its size band: its whole number of academies, the `academies` column
    /// when the files give it (the GIAS import, and any cut to a scope, write it from the whole
    /// landscape), else its distinct member schools here. So a national trust of 80 is not a
    /// starter trust of 1 in an authority where it has one academy.
    ///
    /// - Complexity: O(members of the structure).
    public func trustSize(of structure: Structure) -> Int {
        if let text = structure.custom["academies"], let size = Int(text) { return size }
        return members(of: structure.id).count
    }

    /// The landscape with every multi-academy trust's size written as its `academies` column
    /// where it is not already, so that a part cut from it keeps the whole trusts' sizes.
    ///
    /// - Complexity: O(structures + memberships).
    public func withTrustSizes() -> Landscape {
        let structures = structures.map { structure -> Structure in
            guard structure.kind == .mat, structure.custom["academies"] == nil else { return structure }
            var sized = structure
            sized.custom["academies"] = String(members(of: structure.id).count)
            return sized
        }
        return Landscape(schools: schools, structures: structures, memberships: memberships, links: links)
    }
}
