import SchoolNetGraph

/// Brokerage between groups of schools (local authorities, phases, trusts, …): Gould–Fernandez
/// roles per school and Krackhardt's E-I index per school, per group and for the network.
///
/// The network is the school network of the chosen layers with each support or traded-service
/// link kept in its direction and every other tie in both, so that a broker is a school on a
/// two-path i → j → k. Schools whose attribute is unknown form a group named "unknown".
public struct BrokerageReport: Sendable {
    public let attribute: String
    /// The group name of each school, in network order.
    public let groups: [String]
    /// The distinct group names, in order of first appearance.
    public let groupNames: [String]
    public let roles: BrokerageRoles
    public let eiIndex: EIIndex

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
        let graph = builder.build()
        let groups = network.schools.map { SchoolAttribute.value(attribute, of: $0) ?? "unknown" }
        let partition = Partition(labels: groups)
        self.attribute = attribute
        self.groups = groups
        var names: [String] = []
        for g in groups where !names.contains(g) { names.append(g) }
        groupNames = names
        roles = graph.brokerage(groups: partition)
        eiIndex = graph.undirected().eiIndex(groups: partition)
    }
}
