import SchoolNetGraph

/// The one-mode multiplex school network: two schools are tied when they share a structure or
/// have a link; each tie records which layers connect it and how many times (its weight).
///
/// Node `i` is `landscape.schools[i]`. Structures are projected as cliques (every pair of
/// members tied); links are undirected ties here (direction matters to the measures of a later
/// version, which will keep it).
public struct SchoolNetwork: Sendable {
    public let graph: CSRGraph
    public let schools: [School]

    /// - Parameters:
    ///   - landscape: the landscape (apply ``Landscape/active(at:)`` first for a date).
    ///   - layers: the layers to include; all by default.
    /// - Complexity: O(Σ members² + links) to build, then a sort of the tie list.
    public init(_ landscape: Landscape, layers: Set<Layer> = Set(Layer.all)) {
        var builder = GraphBuilder(nodeCount: landscape.schools.count)
        for structure in landscape.structures where layers.contains(.structure(structure.kind)) {
            let layer = LayerSet([Layer.structure(structure.kind)])
            let members = landscape.members(of: structure.id).compactMap(landscape.index(of:))
            for (i, a) in members.enumerated() {
                for b in members[(i + 1)...] {
                    builder.addEdge(NodeID(a), NodeID(b), layers: layer)
                }
            }
        }
        for link in landscape.links where layers.contains(.link(link.kind)) {
            guard let a = landscape.index(of: link.source), let b = landscape.index(of: link.target),
                a != b
            else { continue }
            builder.addEdge(NodeID(a), NodeID(b), layers: LayerSet([Layer.link(link.kind)]))
        }
        graph = builder.build()
        schools = landscape.schools
    }
}
