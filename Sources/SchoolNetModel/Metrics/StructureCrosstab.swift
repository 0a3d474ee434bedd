/// A contingency table of detected communities against the structures of one kind: how many of
/// each structure's members fall in each community, and how many schools of each community are
/// in no structure of the kind. A school in several structures of the kind counts once in each.
public struct StructureCrosstab: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        /// The structure's id; nil for the schools in no structure of the kind.
        public let structureID: String?
        public let community: Int
        public let schools: Int
        /// The share of the structure's members (or of the schools in none) in this community.
        public let share: Double
    }

    public let kind: StructureKind
    /// The non-empty cells, by structure id (the schools in none last), then community.
    public let cells: [Cell]

    /// One crosstab per kind of structure in the landscape, in kind order. `communities` gives
    /// each school's community in landscape order. O(schools + memberships) per kind.
    public static func all(_ landscape: Landscape, communities: [Int]) -> [StructureCrosstab] {
        let kinds = Set(landscape.structures.map(\.kind)).sorted()
        return kinds.map { kind in
            var members: [String: [Int]] = [:]
            var inAny = [Bool](repeating: false, count: landscape.schools.count)
            for membership in landscape.memberships {
                guard landscape.structure(membership.structureID)?.kind == kind,
                    let school = landscape.index(of: membership.urn)
                else { continue }
                members[membership.structureID, default: []].append(school)
                inAny[school] = true
            }
            var cells: [Cell] = []
            func add(_ id: String?, _ schools: [Int]) {
                var counts: [Int: Int] = [:]
                for school in Set(schools) { counts[communities[school], default: 0] += 1 }
                let total = Set(schools).count
                for (community, count) in counts.sorted(by: { $0.key < $1.key }) {
                    cells.append(
                        Cell(
                            structureID: id, community: community, schools: count, share: Double(count) / Double(total))
                    )
                }
            }
            for id in members.keys.sorted() { add(id, members[id]!) }
            add(nil, inAny.indices.filter { !inAny[$0] })
            return StructureCrosstab(kind: kind, cells: cells)
        }
    }
}
