/// A two-mode (affiliation) network: actors, groups, and the memberships between them. Each
/// group may carry layers (its kind) and a lead actor.
///
/// As a ``CSRGraph`` (``graph``), actors are nodes `0 ..< actorCount` and groups follow, the
/// node partition igraph keeps as its `types` vector.
public struct TwoModeGraph: Sendable {
    public let actorCount: Int
    public let groupCount: Int
    /// The members of each group, ascending, without repeats.
    public let members: [[Int]]
    public let groupLayers: [LayerSet]
    public let leads: [Int?]

    public init(actorCount: Int, members: [[Int]], groupLayers: [LayerSet]? = nil, leads: [Int?]? = nil) {
        self.actorCount = actorCount
        self.groupCount = members.count
        self.members = members.map { Array(Set($0)).sorted() }
        self.groupLayers = groupLayers ?? Array(repeating: [], count: members.count)
        self.leads = leads ?? Array(repeating: nil, count: members.count)
    }

    /// Whether node `i` of ``graph`` is a group (true) or an actor (false).
    public func isGroup(_ node: NodeID) -> Bool { node.index >= actorCount }

    /// The bipartite graph: an edge between each actor and each of its groups, with the group's
    /// layers.
    public var graph: CSRGraph {
        var builder = GraphBuilder(nodeCount: actorCount + groupCount)
        for (g, actors) in members.enumerated() {
            for a in actors { builder.addEdge(NodeID(a), NodeID(actorCount + g), layers: groupLayers[g]) }
        }
        return builder.build()
    }
}
