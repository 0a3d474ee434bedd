import SchoolNetGraph

/// The two-mode view of a landscape: schools and structures, with an edge for each membership
/// (every role counts). Actor `i` is `landscape.schools[i]`; group `g` is
/// `landscape.structures[g]`, with its kind as its layer and its lead school.
public struct AffiliationNetwork: Sendable {
    public let twoMode: TwoModeGraph

    /// - Complexity: O(schools + structures + memberships).
    public init(_ landscape: Landscape) {
        let members = landscape.structures.map { structure in
            landscape.memberships(of: structure.id).compactMap { landscape.index(of: $0.urn) }
        }
        twoMode = TwoModeGraph(
            actorCount: landscape.schools.count, members: members,
            groupLayers: landscape.structures.map { LayerSet([Layer.structure($0.kind)]) },
            leads: landscape.structures.map { landscape.leadIndex(of: $0) })
    }
}

extension Landscape {
    /// The position of a structure's lead school: its `lead` column, or else its first member
    /// (by URN) whose role is lead.
    public func leadIndex(of structure: Structure) -> Int? {
        if let lead = structure.lead, let i = index(of: lead) { return i }
        let leads = memberships(of: structure.id).filter { $0.role == .lead }.map(\.urn).sorted()
        return leads.first.flatMap { index(of: $0) }
    }
}
