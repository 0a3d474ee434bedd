import SchoolNetGraph

/// Brokerage between groups of schools (local authorities, phases, trusts, …): Gould–Fernandez
/// roles per school and Krackhardt's E-I index per school, per group and for the network.
///
/// The network is the school network of the chosen layers with each support or traded-service
/// link kept in its direction and every other tie in both, so that a broker is a school on a
/// two-path i → j → k. A school whose attribute is unknown is in no group: it is left out of the
/// network the roles and indices are computed on (an unknown is never a group of its own), and
/// its own values are not judged (NaN).
public struct BrokerageReport: Sendable {
    public let attribute: String
    /// The group name of each school, in network order; nil where the attribute is unknown.
    public let groups: [String?]
    /// The distinct group names, in order of first appearance.
    public let groupNames: [String]
    /// Per school, in network order; NaN for a school in no group.
    public let roles: BrokerageRoles
    /// Per school (NaN for a school in no group), per group and for the schools with a group.
    public let eiIndex: EIIndex
    /// Newman's assortativity by the groups on the undirected network of the schools with a group.
    public let assortativity: Double
    /// With permutations: the E-I index of the network and of each group, and the assortativity,
    /// against the same with the group labels shuffled among the schools that have one.
    public let significance: BrokerageSignificance?
    /// How schools in several structures of a kind were placed, when grouping by a kind.
    public let groupingNote: String?
    /// What a reader must know when the groups are structures of a kind: ties through that kind
    /// are in the network (so groups are cliques by construction), and the schools in none are
    /// one group.
    public let circularityNotes: [String]
    /// Ties, pairs and density within each group and between each pair of groups (UCINET's
    /// density by groups), on the undirected network of the schools with a group: the diagonal
    /// always, pairs of different groups only where they have a tie (the rest have density 0).
    public let blocks: [BlockDensity]
    /// Schools whose attribute is unknown, left out.
    public var unknownCount: Int { groups.filter { $0 == nil }.count }

    /// - Complexity: that of `CSRGraph/brokerage(groups:)` and `CSRGraph/eiIndex(groups:)`.
    public init(
        _ landscape: Landscape, selection: NetworkSelection, attribute: String, permutations: Int? = nil,
        seed: UInt64 = 1
    ) {
        let network = SchoolNetwork(landscape, selection: selection)
        var builder = GraphBuilder(nodeCount: network.graph.nodeCount, isDirected: true)
        let directed = Set(
            landscape.links.filter { $0.kind.isDirected && selection.layers.contains(.link($0.kind)) }
                .compactMap { link -> [Int]? in
                    guard let a = landscape.index(of: link.source), let b = landscape.index(of: link.target) else {
                        return nil
                    }
                    return [a, b]
                })
        for v in network.graph.nodes {
            for edge in network.graph.edges(of: v) {
                let onlyDirectedLinks = edge.layers.schoolLayers.allSatisfy {
                    if case .link(let kind) = $0 { return kind.isDirected }
                    return false
                }
                // A tie made only of directed links keeps its direction(s); any other goes both ways.
                if !onlyDirectedLinks || directed.contains([v.index, edge.neighbor.index]) {
                    builder.addEdge(v, edge.neighbor)
                }
            }
        }
        let (groups, groupingNote) = SchoolGrouping.groups(attribute, in: landscape)
        self.groupingNote = groupingNote
        if let kind = SchoolGrouping.kind(attribute, in: landscape) {
            let layer = Layer.structure(kind)
            circularityNotes =
                (selection.layers.contains(layer)
                    ? [
                        "Ties through \(layer) are in the network, so the members of one \(kind.rawValue) are tied to one another by construction: "
                            + "E-I, assortativity and densities by \(kind.rawValue) partly restate membership. "
                            + "Leave \(layer) out of --layers to ask how the other ties follow the \(kind.rawValue)s."
                    ] : [])
                + [
                    "Schools in no \(kind.rawValue) form one group, (no \(kind.rawValue)): a tie between two of them counts as inside a group."
                ]
        } else {
            circularityNotes = []
        }
        let known = groups.indices.filter { groups[$0] != nil }
        let graph = builder.build().inducedSubgraph(known.map { NodeID($0) })
        let partition = Partition(labels: known.map { groups[$0] ?? "" })
        self.attribute = attribute
        self.groups = groups
        var names: [String] = []
        for g in groups.compactMap({ $0 }) where !names.contains(g) { names.append(g) }
        groupNames = names
        // Computed on the schools with a group, then spread back over every school.
        func spread(_ values: [Double]) -> [Double] {
            var all = [Double](repeating: .nan, count: groups.count)
            for (position, school) in known.enumerated() { all[school] = values[position] }
            return all
        }
        let knownRoles = graph.brokerage(groups: partition)
        roles = BrokerageRoles(
            coordinator: spread(knownRoles.coordinator), itinerant: spread(knownRoles.itinerant),
            representative: spread(knownRoles.representative), gatekeeper: spread(knownRoles.gatekeeper),
            liaison: spread(knownRoles.liaison))
        let knownIndex = graph.undirected().eiIndex(groups: partition)
        // The partition numbers groups in order of first appearance among the known schools,
        // which is the order of `groupNames`.
        eiIndex = EIIndex(network: knownIndex.network, groups: knownIndex.groups, nodes: spread(knownIndex.nodes))
        let undirected = graph.undirected()
        blocks = BlockDensity.all(undirected, groups: partition)
        let labels = partition.membership.map { Optional($0) }
        assortativity = undirected.assortativity(categories: labels)
        significance = permutations.map { count in
            let ei = undirected.eiIndexPermutationTest(groups: partition, permutations: count, seed: seed)
            return BrokerageSignificance(
                permutations: count, seed: seed, eiIndex: ei.network, groupEIIndex: ei.groups,
                assortativity: undirected.assortativityPermutationTest(
                    categories: labels, permutations: count, seed: seed))
        }
    }
}

/// Permutation tests of a brokerage report: the group labels shuffled among the schools that
/// have one, N times from a seed (`CSRGraph/eiIndexPermutationTest(groups:permutations:seed:)`).
public struct BrokerageSignificance: Sendable {
    public let permutations: Int
    public let seed: UInt64
    public let eiIndex: PermutationOutcome
    public let groupEIIndex: [PermutationOutcome]
    public let assortativity: PermutationOutcome
}
