/// Centrality in a two-mode network, normalised as Borgatti and Everett (1997,
/// doi:10.1016/S0378-8733(96)00306-9) propose: each score is divided by the largest a node of
/// its own mode could have in a two-mode network of the same mode sizes, so that actors are
/// compared with actors and groups with groups on the scale 0 to 1. With n actors and m groups:
///
/// - degree: an actor's degree over m, a group's over n;
/// - closeness: an actor's `(m + 2(n − 1)) / D`, a group's `(n + 2(m − 1)) / D`, with D the sum
///   of distances to the nodes the node reaches, times the share `r / (n + m − 1)` of the other
///   nodes it reaches (the Wasserman–Faust correction for a network in pieces); 0 when it
///   reaches none;
/// - betweenness: the one-mode count (pairs once) over the largest possible for the mode,
///   `½[m²(s+1)² + m(s+1)(2t − s − 1) − t(2s − t + 3)]` with `s, t = (n − 1) div, mod m` for
///   actors (roles of n and m swapped for groups).
///
/// Undefined (NaN) where a mode is empty, and betweenness where no node of the mode can have
/// any (one node in the other mode, the largest possible being 0; NetworkX divides by zero).
/// - Complexity: degree O(n + m); closeness and betweenness O(N·E) on the two-mode graph.
/// - Matches: NetworkX `bipartite.degree_centrality`, `bipartite.closeness_centrality`
///   (normalized=True) and `bipartite.betweenness_centrality` with the actors as `nodes`.
public struct TwoModeCentrality: Sendable {
    public let degree: NodeScores
    public let closeness: NodeScores
    public let betweenness: NodeScores

    public init(_ twoMode: TwoModeGraph) {
        let graph = twoMode.graph
        let n = Double(twoMode.actorCount)
        let m = Double(twoMode.groupCount)
        let total = graph.nodeCount
        func isGroup(_ v: Int) -> Bool { v >= twoMode.actorCount }
        degree = NodeScores(
            (0..<total).map { v in
                let other = isGroup(v) ? n : m
                return other > 0 ? Double(graph.degree(of: NodeID(v))) / other : .nan
            })
        // NetworkX's closeness is (r / D)(r / (N − 1)); Borgatti–Everett's puts the mode's best
        // sum of distances in place of the first r.
        let plain = graph.closeness().values
        let components = graph.components()
        let size = components.sizes
        closeness = NodeScores(
            (0..<total).map { v in
                let reached = Double(size[components.membership[v]] - 1)
                guard reached > 0, n > 0, m > 0 else { return n > 0 && m > 0 ? 0 : .nan }
                let best = isGroup(v) ? n + 2 * (m - 1) : m + 2 * (n - 1)
                return plain[v] * best / reached
            })
        let raw = graph.betweenness(BetweennessOptions(normalization: .none)).values
        let actorMaximum = Self.maximumBetweenness(own: twoMode.actorCount, other: twoMode.groupCount)
        let groupMaximum = Self.maximumBetweenness(own: twoMode.groupCount, other: twoMode.actorCount)
        betweenness = NodeScores(
            (0..<total).map { v in
                let maximum = isGroup(v) ? groupMaximum : actorMaximum
                return raw[v] / maximum
            })
    }

    /// The largest betweenness a node of a mode of `own` nodes can have beside `other` nodes of
    /// the other mode (Borgatti and Everett 1997, p. 257); NaN when the other mode is empty.
    static func maximumBetweenness(own: Int, other: Int) -> Double {
        guard other > 0, own > 0 else { return .nan }
        let s = Double((own - 1) / other)
        let t = Double((own - 1) % other)
        let m = Double(other)
        return (m * m * (s + 1) * (s + 1) + m * (s + 1) * (2 * t - s - 1) - t * (2 * s - t + 3)) / 2
    }
}
