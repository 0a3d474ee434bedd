/// Freeman's centralization: how far a network is dominated by one node.
/// `C = Σ_i (max − c_i) / T`, where T is the largest value that sum can take on any graph with
/// the same number of nodes (a star, for the three measures here). Freeman 1979,
/// doi:10.1016/0378-8733(78)90021-7. 0 for a graph where every node scores the same, 1 for a star.
public enum Centralization {
    /// Degree centralization of an undirected graph from raw degrees: T = (n − 1)(n − 2).
    ///
    /// - Matches: igraph `centralization_degree(normalized=True, loops=False)` (C API; not in
    ///   python-igraph or NetworkX: checked against the star and the formula).
    public static func degree(_ graph: CSRGraph) -> Double {
        let n = Double(graph.nodeCount)
        return freeman(graph.degrees().values, theoreticalMaximum: (n - 1) * (n - 2))
    }

    /// Betweenness centralization from NetworkX-normalised betweenness (a star's centre has 1):
    /// T = n − 1.
    public static func betweenness(_ graph: CSRGraph) -> Double {
        freeman(graph.betweenness().values, theoreticalMaximum: Double(graph.nodeCount - 1))
    }

    /// Closeness centralization from NetworkX closeness (a star's centre has 1, its leaves
    /// (n−1)/(2n−3)): T = (n − 1)(n − 2)/(2n − 3).
    public static func closeness(_ graph: CSRGraph) -> Double {
        let n = Double(graph.nodeCount)
        return freeman(graph.closeness().values, theoreticalMaximum: (n - 1) * (n - 2) / (2 * n - 3))
    }

    /// `Σ (max − c_i) / T`; NaN when T is not positive (fewer than three nodes).
    public static func freeman(_ scores: [Double], theoreticalMaximum: Double) -> Double {
        guard theoreticalMaximum > 0, let top = scores.max() else { return .nan }
        return scores.reduce(0) { $0 + (top - $1) } / theoreticalMaximum
    }
}
