public struct PageRankOptions: Sendable {
    /// The damping factor: the chance of following an edge rather than jumping.
    public var alpha = 0.85
    /// Follow edges in proportion to their weights.
    public var weighted = false
    public var convergence = Convergence.standard

    public init(alpha: Double = 0.85, weighted: Bool = false, convergence: Convergence = .standard) {
        self.alpha = alpha
        self.weighted = weighted
        self.convergence = convergence
    }
}

extension CSRGraph {
    /// PageRank: the stationary distribution of a walk that follows an edge with probability
    /// α and jumps to a uniformly chosen node otherwise; a node with no out-edges jumps
    /// uniformly. An undirected edge is a pair of opposite directed edges. Brin and Page 1998.
    ///
    /// Power iteration from the uniform vector; scores sum to 1.
    ///
    /// - Complexity: O(n + m) per iteration.
    /// - Matches: NetworkX `pagerank(G, alpha=0.85, weight=…)`; igraph
    ///   `Graph.pagerank(damping=0.85, weights=…)`.
    public func pageRank(_ options: PageRankOptions = PageRankOptions()) -> NodeScores {
        let n = nodeCount
        guard n > 0 else { return NodeScores([]) }
        let uniform = 1 / Double(n)
        var outWeight = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for slot in offsets[v]..<offsets[v + 1] { outWeight[v] += options.weighted ? weights[slot] : 1 }
        }
        var x = [Double](repeating: uniform, count: n)
        var next = x
        for _ in 0..<options.convergence.maxIterations {
            var dangling = 0.0
            for v in 0..<n where outWeight[v] == 0 { dangling += x[v] }
            let base = (1 - options.alpha) * uniform + options.alpha * dangling * uniform
            for w in 0..<n {
                var incoming = 0.0
                for slot in inOffsets[w]..<inOffsets[w + 1] {
                    let v = Int(inSources[slot])
                    incoming += x[v] * (options.weighted ? inWeights[slot] : 1) / outWeight[v]
                }
                next[w] = base + options.alpha * incoming
            }
            var change = 0.0
            for i in 0..<n { change += abs(next[i] - x[i]) }
            swap(&x, &next)
            if change < Double(n) * options.convergence.tolerance { break }
        }
        return NodeScores(x)
    }
}
