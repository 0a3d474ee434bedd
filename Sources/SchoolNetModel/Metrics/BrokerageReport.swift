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
    /// Schools whose attribute is unknown, left out.
    public var unknownCount: Int { groups.filter { $0 == nil }.count }

    /// - Complexity: that of `CSRGraph/brokerage(groups:)` and `CSRGraph/eiIndex(groups:)`.
    public init(_ landscape: Landscape, selection: NetworkSelection, attribute: String) {
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
        let groups = network.schools.map { SchoolAttribute.value(attribute, of: $0) }
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
    }
}
