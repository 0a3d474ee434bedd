extension CSRGraph {
    /// The share of possible edges that are present: `2m / (n(n-1))` undirected,
    /// `m / (n(n-1))` directed; 0 when the graph has fewer than two nodes.
    ///
    /// - Complexity: O(1).
    /// - Matches: NetworkX `density`, igraph `Graph.density(loops=False)`.
    public var density: Double {
        let n = Double(nodeCount)
        guard nodeCount > 1 else { return 0 }
        let m = Double(edgeCount)
        return isDirected ? m / (n * (n - 1)) : 2 * m / (n * (n - 1))
    }
}
