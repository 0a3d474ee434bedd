/// What changed in a landscape between two dates: who joined and left which structures, which
/// structures formed and dissolved, which schools moved from one kind of structure to another
/// (a school leaving a cluster for a trust, a federation becoming a MAT), and which hybrid forms
/// appeared or ended. Each side is the landscape as it stood on that day
/// (``Landscape/active(at:)``).
public struct LandscapeChange: Sendable {
    public struct Move: Equatable, Sendable {
        public let urn: URN
        /// Structures of the kinds it left, with their kinds.
        public let left: [(id: String, kind: StructureKind)]
        /// Structures of other kinds it joined.
        public let joined: [(id: String, kind: StructureKind)]

        public static func == (a: Move, b: Move) -> Bool {
            a.urn == b.urn && a.left.map(\.id) == b.left.map(\.id) && a.joined.map(\.id) == b.joined.map(\.id)
        }
    }

    public let from: CalendarDate
    public let to: CalendarDate
    /// (structure, school) memberships active on `to` but not on `from`, sorted.
    public let joins: [Membership]
    /// Memberships active on `from` but not on `to`, sorted.
    public let leaves: [Membership]
    public let formed: [Structure]
    public let dissolved: [Structure]
    /// Links (support, traded services, partnerships) active on `to` but not on `from`, and the
    /// reverse, in file order.
    public let linksStarted: [Link]
    public let linksEnded: [Link]
    public let moves: [Move]
    public let hybridPairsAppeared: [HybridStructures.Pair]
    public let hybridPairsEnded: [HybridStructures.Pair]
    public let hybridLeadsAppeared: [HybridStructures.Lead]
    public let hybridLeadsEnded: [HybridStructures.Lead]

    /// - Complexity: that of two ``HybridStructures`` analyses, plus O(memberships log memberships).
    public init(
        _ landscape: Landscape, from: CalendarDate, to: CalendarDate, thresholds: HybridThresholds = HybridThresholds()
    ) {
        self.from = from
        self.to = to
        let before = landscape.active(at: from)
        let after = landscape.active(at: to)
        func key(_ m: Membership) -> String { m.structureID + "\u{0}" + m.urn.rawValue }
        func order(_ a: Membership, _ b: Membership) -> Bool { (a.structureID, a.urn) < (b.structureID, b.urn) }
        let beforeKeys = Set(before.memberships.map(key))
        let afterKeys = Set(after.memberships.map(key))
        joins = Self.unique(after.memberships.filter { !beforeKeys.contains(key($0)) }, key).sorted(by: order)
        leaves = Self.unique(before.memberships.filter { !afterKeys.contains(key($0)) }, key).sorted(by: order)
        let beforeIDs = Set(before.structures.map(\.id))
        let afterIDs = Set(after.structures.map(\.id))
        formed = after.structures.filter { !beforeIDs.contains($0.id) }.sorted { $0.id < $1.id }
        dissolved = before.structures.filter { !afterIDs.contains($0.id) }.sorted { $0.id < $1.id }
        linksStarted = landscape.links.filter { $0.period.isActive(at: to) && !$0.period.isActive(at: from) }
        linksEnded = landscape.links.filter { $0.period.isActive(at: from) && !$0.period.isActive(at: to) }

        var leftBySchool: [URN: [(id: String, kind: StructureKind)]] = [:]
        var joinedBySchool: [URN: [(id: String, kind: StructureKind)]] = [:]
        for m in leaves {
            if let kind = landscape.structure(m.structureID)?.kind {
                leftBySchool[m.urn, default: []].append((m.structureID, kind))
            }
        }
        for m in joins {
            if let kind = landscape.structure(m.structureID)?.kind {
                joinedBySchool[m.urn, default: []].append((m.structureID, kind))
            }
        }
        moves = leftBySchool.keys.sorted().compactMap { urn in
            let left = leftBySchool[urn]!
            let joined = joinedBySchool[urn] ?? []
            let leftKinds = Set(left.map(\.kind))
            let newKinds = joined.filter { !leftKinds.contains($0.kind) }
            guard !newKinds.isEmpty else { return nil }
            let leftOther = left.filter { l in newKinds.contains { $0.kind != l.kind } }
            return Move(urn: urn, left: leftOther, joined: newKinds)
        }

        let hybridsBefore = HybridStructures(before, thresholds: thresholds)
        let hybridsAfter = HybridStructures(after, thresholds: thresholds)
        func pairKey(_ p: HybridStructures.Pair) -> String { p.overlap.a + "\u{0}" + p.overlap.b }
        let pairsBefore = Set(hybridsBefore.pairs.map(pairKey))
        let pairsAfter = Set(hybridsAfter.pairs.map(pairKey))
        hybridPairsAppeared = hybridsAfter.pairs.filter { !pairsBefore.contains(pairKey($0)) }
        hybridPairsEnded = hybridsBefore.pairs.filter { !pairsAfter.contains(pairKey($0)) }
        func leadKey(_ l: HybridStructures.Lead) -> String {
            l.urn.rawValue + "\u{0}" + l.kinds.map(\.rawValue).joined(separator: "+")
        }
        let leadsBefore = Set(hybridsBefore.leads.map(leadKey))
        let leadsAfter = Set(hybridsAfter.leads.map(leadKey))
        hybridLeadsAppeared = hybridsAfter.leads.filter { !leadsBefore.contains(leadKey($0)) }
        hybridLeadsEnded = hybridsBefore.leads.filter { !leadsAfter.contains(leadKey($0)) }
    }

    /// The first membership of each (structure, school): a school may have several rows.
    private static func unique(_ memberships: [Membership], _ key: (Membership) -> String) -> [Membership] {
        var seen = Set<String>()
        return memberships.filter { seen.insert(key($0)).inserted }
    }
}
