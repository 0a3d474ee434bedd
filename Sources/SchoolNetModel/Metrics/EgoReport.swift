import SchoolNetGraph

/// Each school's own network: its alters and the ties among them (`EgoNetworks`), its ties by
/// layer, Burt's constraint and effective size, and its Gould–Fernandez brokerage roles and E-I
/// index between the groups of an attribute (``BrokerageReport``), on the undirected school
/// network of the selection.
public struct EgoReport: Sendable {
    public let network: SchoolNetwork
    public let ego: EgoNetworks
    public let constraint: NodeScores
    public let effectiveSize: NodeScores
    /// Per layer with ties, each school's alters tied through that layer.
    public let tiesByLayer: [(layer: Layer, alters: [Int])]
    public let brokerage: BrokerageReport

    /// - Complexity: O(m^1.5) for the ego networks, O(Σ deg²) for constraint and effective size,
    ///   and that of ``BrokerageReport``.
    public init(_ landscape: Landscape, selection: NetworkSelection, attribute: String) {
        var undirected = selection
        undirected.directed = false
        network = SchoolNetwork(landscape, selection: undirected)
        let graph = network.graph
        ego = graph.egoNetworks()
        constraint = graph.constraint()
        effectiveSize = graph.effectiveSize()
        tiesByLayer = Layer.all.filter(undirected.layers.contains).compactMap { layer in
            let counts = graph.nodes.map { v in
                graph.edges(of: v).filter { $0.layers.schoolLayers.contains(layer) }.count
            }
            return counts.contains { $0 > 0 } ? (layer, counts) : nil
        }
        brokerage = BrokerageReport(landscape, selection: selection, attribute: attribute)
    }
}
