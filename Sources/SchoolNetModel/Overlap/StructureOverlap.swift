/// How the member sets of two structures relate.
public enum OverlapRelation: String, Enumeration {
    /// The same members.
    case coincident
    /// One's members are all in the other, which has more.
    case nested
    /// Some members shared, neither contains the other.
    case interleaved
    /// No member shared.
    case disjoint
}

/// Two structures' shared membership: `a` before `b` in id order.
public struct StructureOverlap: Equatable, Sendable {
    public let a: String
    public let b: String
    public let sizeA: Int
    public let sizeB: Int
    /// |A ∩ B|.
    public let shared: Int

    /// |A ∩ B| / |A ∪ B|; 0 when both are empty.
    public var jaccard: Double {
        let union = sizeA + sizeB - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// |A ∩ B| / min(|A|, |B|) (Szymkiewicz–Simpson); 0 when either is empty.
    public var overlapCoefficient: Double {
        let smaller = min(sizeA, sizeB)
        return smaller == 0 ? 0 : Double(shared) / Double(smaller)
    }

    public var relation: OverlapRelation {
        if shared == 0 { return .disjoint }
        if shared == sizeA && shared == sizeB { return .coincident }
        if shared == sizeA || shared == sizeB { return .nested }
        return .interleaved
    }
}

extension Landscape {
    /// The member sets of the structures (every role counts), by id.
    public var memberSets: [String: Set<URN>] {
        var sets: [String: Set<URN>] = Dictionary(uniqueKeysWithValues: structures.map { ($0.id, []) })
        for membership in memberships { sets[membership.structureID, default: []].insert(membership.urn) }
        return sets
    }

    /// Every pair of structures that shares at least one member, sorted by (a, b) with a < b.
    ///
    /// Pairs are found through the schools (each school's structures, pairwise), so disjoint
    /// pairs cost nothing.
    /// - Complexity: O(Σ_schools s² log s) for s structures per school, plus sorting.
    public func structureOverlaps() -> [StructureOverlap] {
        let sets = memberSets
        var shared: [Pair: Int] = [:]
        var bySchool: [URN: Set<String>] = [:]
        for membership in memberships { bySchool[membership.urn, default: []].insert(membership.structureID) }
        for (_, ids) in bySchool {
            let sorted = ids.sorted()
            for (i, a) in sorted.enumerated() {
                for b in sorted[(i + 1)...] { shared[Pair(a: a, b: b), default: 0] += 1 }
            }
        }
        return shared.keys.sorted { ($0.a, $0.b) < ($1.a, $1.b) }.map { pair in
            StructureOverlap(
                a: pair.a, b: pair.b, sizeA: sets[pair.a]?.count ?? 0, sizeB: sets[pair.b]?.count ?? 0,
                shared: shared[pair]!)
        }
    }

    private struct Pair: Hashable {
        let a: String
        let b: String
    }
}
