import SchoolNetGraph

/// Measures of the two-mode (affiliation) network of schools and structures: each school and
/// each structure with its degree, its Borgatti–Everett degree, closeness and betweenness, and
/// its Latapy clustering (dot, min and max), as NetworkX's `bipartite` module computes them.
///
/// Every school of the landscape is an actor (a school in no chosen structure has degree 0 and
/// counts in its mode's size); the groups are the structures of the chosen kinds.
public struct AffiliationMeasures: Sendable {
    public let kinds: Set<StructureKind>
    /// The structures of the chosen kinds, in landscape order: group g is `structures[g]`.
    public let structures: [Structure]
    public let twoMode: TwoModeGraph
    public let centrality: TwoModeCentrality
    public let clustering: [NeighbourhoodOverlap: NodeScores]

    /// - Complexity: O(N·E) on the two-mode graph (closeness and betweenness), N its nodes and E
    ///   its memberships.
    public init(_ landscape: Landscape, kinds: Set<StructureKind> = Set(StructureKind.allCases)) {
        let all = AffiliationNetwork(landscape).twoMode
        let chosen = landscape.structures.indices.filter { kinds.contains(landscape.structures[$0].kind) }
        self.kinds = kinds
        structures = chosen.map { landscape.structures[$0] }
        twoMode = TwoModeGraph(
            actorCount: all.actorCount, members: chosen.map { all.members[$0] },
            groupLayers: chosen.map { all.groupLayers[$0] }, leads: chosen.map { all.leads[$0] })
        centrality = TwoModeCentrality(twoMode)
        clustering = twoMode.latapyClustering(scalings: NeighbourhoodOverlap.allCases)
    }
}
