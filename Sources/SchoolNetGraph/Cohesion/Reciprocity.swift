extension CSRGraph {
    /// The share of directed edges whose reverse edge also exists; 1 for an undirected graph
    /// with edges, NaN without edges.
    ///
    /// - Complexity: O(m log d).
    /// - Matches: NetworkX `reciprocity(G)`; igraph `Graph.reciprocity(mode="default")`.
    public func reciprocity() -> Double {
        guard edgeCount > 0 else { return .nan }
        guard isDirected else { return 1 }
        var mutual = 0
        for v in 0..<nodeCount {
            for slot in offsets[v]..<offsets[v + 1] where hasEdge(NodeID(Int(targets[slot])), NodeID(v)) {
                mutual += 1
            }
        }
        return Double(mutual) / Double(edgeCount)
    }
}
