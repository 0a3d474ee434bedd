/// The thresholds of the hybrid-structure analysis, echoed into every output.
public struct HybridThresholds: Codable, Equatable, Sendable {
    /// A pair of structures of different kinds is hybrid when their overlap coefficient is at
    /// least this ("members largely coincide").
    public var pairOverlap = 0.5
    /// …and they share at least this many schools.
    public var pairMinimumShared = 2
    /// …and their Jaccard index is at least this, so that a small structure that merely sits
    /// inside a large one of another kind does not count as the two largely coinciding.
    public var pairJaccard = 0.4

    public init(pairOverlap: Double = 0.5, pairMinimumShared: Int = 2, pairJaccard: Double = 0.4) {
        self.pairOverlap = pairOverlap
        self.pairMinimumShared = pairMinimumShared
        self.pairJaccard = pairJaccard
    }
}

/// Hybrid forms in a landscape: schools that lead structures of two or more kinds, pairs of
/// structures of different kinds whose members largely coincide, each structure's hybridity, and
/// the fragmentation of each local authority. Definitions in <doc:Definitions#Hybrid-structures>.
public struct HybridStructures: Sendable {
    public struct Lead: Equatable, Sendable {
        public let urn: URN
        public let kinds: [StructureKind]
        public let structures: [String]
    }

    public struct Pair: Equatable, Sendable {
        public let overlap: StructureOverlap
        /// The kinds of `overlap.a` and `overlap.b`.
        public let kinds: [StructureKind]
    }

    public struct Fragmentation: Equatable, Sendable {
        public let localAuthority: String
        public let schools: Int
        /// Distinct structures with at least one member school in the area.
        public let structuresTouching: Int
        /// Memberships of the area's schools per school (the mean number of structures a school
        /// of the area belongs to).
        public let structuresPerSchool: Double
    }

    public let thresholds: HybridThresholds
    public let leads: [Lead]
    public let pairs: [Pair]
    /// Each structure's share of members that also sit in a structure of another kind, by id.
    public let hybridity: [(id: String, kind: StructureKind, members: Int, hybridity: Double)]
    public let fragmentation: [Fragmentation]

    /// - Complexity: that of ``Landscape/structureOverlaps()``, plus O(memberships).
    public init(_ landscape: Landscape, thresholds: HybridThresholds = HybridThresholds()) {
        self.thresholds = thresholds
        // Leads: the lead column, or members whose role is lead.
        var led: [URN: Set<String>] = [:]
        for structure in landscape.structures {
            if let lead = structure.lead { led[lead, default: []].insert(structure.id) }
        }
        for membership in landscape.memberships where membership.role == .lead {
            led[membership.urn, default: []].insert(membership.structureID)
        }
        leads = led.compactMap { urn, ids -> Lead? in
            let sorted = ids.sorted()
            let kinds = Set(sorted.compactMap { landscape.structure($0)?.kind }).sorted()
            return kinds.count >= 2 ? Lead(urn: urn, kinds: kinds, structures: sorted) : nil
        }.sorted { $0.urn < $1.urn }

        pairs = landscape.structureOverlaps().compactMap { overlap in
            guard let ka = landscape.structure(overlap.a)?.kind, let kb = landscape.structure(overlap.b)?.kind,
                ka != kb,
                overlap.shared >= thresholds.pairMinimumShared, overlap.overlapCoefficient >= thresholds.pairOverlap,
                overlap.jaccard >= thresholds.pairJaccard
            else { return nil }
            return Pair(overlap: overlap, kinds: [ka, kb])
        }

        var kindsOfSchool: [URN: Set<StructureKind>] = [:]
        for membership in landscape.memberships {
            if let kind = landscape.structure(membership.structureID)?.kind {
                kindsOfSchool[membership.urn, default: []].insert(kind)
            }
        }
        let sets = landscape.memberSets
        hybridity = landscape.structures.sorted { $0.id < $1.id }.map { structure in
            let members = sets[structure.id] ?? []
            let hybrid = members.filter { (kindsOfSchool[$0] ?? []).contains { $0 != structure.kind } }.count
            return (
                structure.id, structure.kind, members.count,
                members.isEmpty ? 0 : Double(hybrid) / Double(members.count)
            )
        }

        var schoolsIn: [String: [URN]] = [:]
        for school in landscape.schools {
            schoolsIn[school.localAuthority ?? "unknown", default: []].append(school.urn)
        }
        var structuresOf: [URN: Set<String>] = [:]
        for membership in landscape.memberships {
            structuresOf[membership.urn, default: []].insert(membership.structureID)
        }
        fragmentation = schoolsIn.keys.sorted().map { area in
            let urns = schoolsIn[area]!
            let touching = urns.reduce(into: Set<String>()) { $0.formUnion(structuresOf[$1] ?? []) }
            let memberships = urns.reduce(0) { $0 + (structuresOf[$1]?.count ?? 0) }
            return Fragmentation(
                localAuthority: area, schools: urns.count, structuresTouching: touching.count,
                structuresPerSchool: Double(memberships) / Double(urns.count))
        }
    }
}
