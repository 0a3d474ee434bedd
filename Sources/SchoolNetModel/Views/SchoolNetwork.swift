import SchoolNetGraph

/// What the one-mode school network is made of.
public struct NetworkSelection: Sendable, Equatable {
    /// The layers to include: structure kinds (co-membership) and link kinds.
    public var layers: Set<Layer>
    /// How a structure ties its members.
    public var projection: ProjectionKind

    public init(layers: Set<Layer> = Set(Layer.all), projection: ProjectionKind = .clique) {
        self.layers = layers
        self.projection = projection
    }
}

/// The one-mode multiplex school network: two schools are tied when they share a structure or
/// have a link; each tie records which layers connect it, and its weight counts the structures
/// the two share plus the weights of their links.
///
/// Node `i` is `schools[i]`, the landscape's schools in file order. Links are undirected here
/// (direction is read by the measures that need it from the landscape). Apply
/// ``Landscape/active(at:)`` first to see the network at a date.
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
        var builder = GraphBuilder(nodeCount: landscape.schools.count)
        twoMode.project(selection.projection, into: &builder)
        for link in landscape.links where selection.layers.contains(.link(link.kind)) {
            guard let a = landscape.index(of: link.source), let b = landscape.index(of: link.target), a != b
            else { continue }
            builder.addEdge(NodeID(a), NodeID(b), weight: link.weight, layers: LayerSet([Layer.link(link.kind)]))
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
