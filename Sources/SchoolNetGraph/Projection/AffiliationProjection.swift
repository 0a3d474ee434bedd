/// How a projection weighs a tie made by shared groups.
public enum ProjectionWeighting: Sendable {
    /// The number of groups the two actors share (NetworkX `bipartite.weighted_projected_graph`).
    case count
    /// Newman's collaboration weight, Σ 1/(k_g − 1) over shared groups g of size k_g
    /// (Newman 2001, doi:10.1103/PhysRevE.64.016132; NetworkX
    /// `bipartite.collaboration_weighted_projected_graph`).
    case newman
}

/// How the members of a group are tied in a one-mode projection.
public enum ProjectionKind: String, Sendable, CaseIterable {
    /// Every pair of members (co-membership).
    case clique
    /// The lead to each other member, for groups with a lead; a clique for the others.
    case star
}

extension TwoModeGraph {
    /// The clique (co-membership) projection onto actors: two actors are tied when they share a
    /// group; the tie carries the union of the shared groups' layers and a weight.
    ///
    /// - Complexity: O(Σ_g k_g² + m log m).
    /// - Matches: NetworkX `bipartite.weighted_projected_graph` (count) and
    ///   `bipartite.collaboration_weighted_projected_graph` (newman).
    public func cliqueProjection(weighting: ProjectionWeighting = .count) -> CSRGraph {
        var builder = GraphBuilder(nodeCount: actorCount)
        project(.clique, weighting: weighting, into: &builder)
        return builder.build()
    }

    /// The star projection: each led group's lead is tied to each other member (a hub-and-spoke
    /// alliance is truer drawn so than as a clique); groups without a lead are projected as
    /// cliques. Weights count shared groups.
    ///
    /// - Complexity: O(Σ_led k_g + Σ_unled k_g² + m log m).
    public func starProjection() -> CSRGraph {
        var builder = GraphBuilder(nodeCount: actorCount)
        project(.star, weighting: .count, into: &builder)
        return builder.build()
    }

    /// Adds the projection's ties to a builder over the actors (so that other ties can join
    /// them before the graph is built); to a directed builder, each tie in both directions.
    public func project(
        _ kind: ProjectionKind, weighting: ProjectionWeighting = .count, into builder: inout GraphBuilder
    ) {
        for (g, actors) in members.enumerated() {
            func tie(_ a: Int, _ b: Int, _ weight: Double) {
                builder.addEdge(NodeID(a), NodeID(b), weight: weight, layers: groupLayers[g])
                if builder.isDirected { builder.addEdge(NodeID(b), NodeID(a), weight: weight, layers: groupLayers[g]) }
            }
            if kind == .star, let lead = leads[g] {
                for a in actors where a != lead { tie(lead, a, 1) }
                continue
            }
            guard actors.count > 1 else { continue }
            let weight = weighting == .count ? 1 : 1 / Double(actors.count - 1)
            for (i, a) in actors.enumerated() {
                for b in actors[(i + 1)...] { tie(a, b, weight) }
            }
        }
    }
}
