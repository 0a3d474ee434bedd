/// How the overlap of two nodes' neighbourhoods is scaled in ``TwoModeGraph/latapyClustering(_:)``.
public enum NeighbourhoodOverlap: String, CaseIterable, Sendable {
    /// Shared neighbours over the union of the two neighbourhoods (Jaccard).
    case dot
    /// Shared neighbours over the smaller neighbourhood.
    case min
    /// Shared neighbours over the larger neighbourhood.
    case max
}

extension TwoModeGraph {
    /// Latapy, Magnien and Del Vecchio's clustering for two-mode networks (2008,
    /// doi:10.1016/j.socnet.2007.04.006): for node v, the mean over the nodes u at distance 2
    /// (same mode, sharing at least one neighbour) of the overlap of N(u) and N(v), scaled as
    /// `overlap` says; 0 for a node with no such u. Defined for actors and groups alike.
    ///
    /// - Complexity: O(Σ_v Σ_{w ∈ N(v)} deg(w)), the number of two-paths.
    /// - Matches: NetworkX `bipartite.clustering(G, mode="dot"|"min"|"max")`.
    public func latapyClustering(_ overlap: NeighbourhoodOverlap = .dot) -> NodeScores {
        latapyClustering(scalings: [overlap])[overlap]!
    }

    /// The clustering for several scalings from one pass over the two-paths.
    public func latapyClustering(scalings overlaps: [NeighbourhoodOverlap]) -> [NeighbourhoodOverlap: NodeScores] {
        let graph = self.graph
        let total = graph.nodeCount
        var shared = [Int](repeating: 0, count: total)
        var seen: [Int] = []
        var scores = [[Double]](repeating: [Double](repeating: 0, count: total), count: overlaps.count)
        for v in 0..<total {
            seen.removeAll(keepingCapacity: true)
            for w in graph.neighbors(of: NodeID(v)) {
                for u in graph.neighbors(of: w) where u.index != v {
                    if shared[u.index] == 0 { seen.append(u.index) }
                    shared[u.index] += 1
                }
            }
            guard !seen.isEmpty else { continue }
            let dv = Double(graph.degree(of: NodeID(v)))
            var sums = [Double](repeating: 0, count: overlaps.count)
            for u in seen {
                let du = Double(graph.degree(of: NodeID(u)))
                let c = Double(shared[u])
                for (k, overlap) in overlaps.enumerated() {
                    switch overlap {
                    case .dot: sums[k] += c / (du + dv - c)
                    case .min: sums[k] += c / Swift.min(du, dv)
                    case .max: sums[k] += c / Swift.max(du, dv)
                    }
                }
                shared[u] = 0
            }
            for k in overlaps.indices { scores[k][v] = sums[k] / Double(seen.count) }
        }
        return Dictionary(uniqueKeysWithValues: zip(overlaps, scores.map(NodeScores.init)))
    }
}
