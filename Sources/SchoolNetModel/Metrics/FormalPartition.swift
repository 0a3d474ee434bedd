import SchoolNetGraph

extension Landscape {
    /// The schools grouped by their structures of one kind, to compare detected communities with
    /// formal ones: each school goes to its first structure of that kind (by id); a school in
    /// none is a group of its own.
    ///
    /// - Complexity: O(schools + memberships).
    public func formalPartition(of kind: StructureKind) -> Partition {
        var first: [URN: String] = [:]
        for membership in memberships.sorted(by: { $0.structureID < $1.structureID })
        where structure(membership.structureID)?.kind == kind && first[membership.urn] == nil {
            first[membership.urn] = membership.structureID
        }
        return Partition(
            labels: schools.map { school in first[school.urn].map { "s:" + $0 } ?? "u:" + school.urn.rawValue })
    }
}
