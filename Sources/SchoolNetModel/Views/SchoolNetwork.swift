import SchoolNetGraph

/// What the one-mode school network is made of.
public struct NetworkSelection: Sendable, Equatable {
    /// The layers to include: structure kinds (co-membership) and link kinds.
    public var layers: Set<Layer>
    /// How a structure ties its members.
    public var projection: ProjectionKind
    /// Keep the direction of support and traded-service links (supporter → supported, seller →
    /// client); every other tie then runs both ways.
    public var directed: Bool

    public init(layers: Set<Layer> = Set(Layer.all), projection: ProjectionKind = .clique, directed: Bool = false) {
        self.layers = layers
        self.projection = projection
        self.directed = directed
    }
}

/// The one-mode multiplex school network: two schools are tied when they share a structure or
/// have a link; each tie records which layers connect it, and its weight counts the structures
/// the two share plus the weights of their links.
///
/// Node `i` is `schools[i]`, the landscape's schools in file order. Links are undirected unless
/// the selection is ``NetworkSelection/directed``. Apply ``Landscape/active(at:)`` first to see
/// the network at a date.
public struct SchoolNetwork: Sendable {
    public let graph: CSRGraph
    public let schools: [School]
    public let selection: NetworkSelection

    /// - Complexity: O(Σ members² + links) with cliques, O(memberships + links) with stars, then
    ///   a sort of the tie list.
    public init(_ landscape: Landscape, selection: NetworkSelection = NetworkSelection()) {
        let chosen = landscape.structures.indices.filter {
            selection.layers.contains(.structure(landscape.structures[$0].kind))
        }
        let affiliation = AffiliationNetwork(landscape).twoMode
        let twoMode = TwoModeGraph(
            actorCount: affiliation.actorCount, members: chosen.map { affiliation.members[$0] },
            groupLayers: chosen.map { affiliation.groupLayers[$0] }, leads: chosen.map { affiliation.leads[$0] })
        var builder = GraphBuilder(nodeCount: landscape.schools.count, isDirected: selection.directed)
        twoMode.project(selection.projection, into: &builder)
        for link in landscape.links where selection.layers.contains(.link(link.kind)) {
            guard let a = landscape.index(of: link.source), let b = landscape.index(of: link.target), a != b
            else { continue }
            let layer = LayerSet([Layer.link(link.kind)])
            builder.addEdge(NodeID(a), NodeID(b), weight: link.weight, layers: layer)
            if selection.directed && !link.kind.isDirected {
                builder.addEdge(NodeID(b), NodeID(a), weight: link.weight, layers: layer)
            }
        }
        graph = builder.build()
        schools = landscape.schools
        self.selection = selection
    }

    /// The network over the given layers, cliques for structures.
    public init(_ landscape: Landscape, layers: Set<Layer>) {
        self.init(landscape, selection: NetworkSelection(layers: layers))
    }
}
