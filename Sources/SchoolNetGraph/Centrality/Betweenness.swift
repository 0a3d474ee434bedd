/// How betweenness scores are scaled.
public enum BetweennessNormalization: Sendable {
    /// Pairs counted once: igraph `betweenness()` and NetworkX
    /// `betweenness_centrality(normalized=False)`.
    case none
    /// Divided by the number of pairs that do not include the node: NetworkX
    /// `betweenness_centrality(normalized=True)`, its default: `1/((n-1)(n-2))` directed and
    /// `2/((n-1)(n-2))` undirected; no scaling when n ≤ 2.
    case networkx
}

public struct BetweennessOptions: Sendable {
    /// Read edge weights as lengths (Dijkstra); otherwise every edge has length 1.
    public var weighted = false
    public var normalization = BetweennessNormalization.networkx
    /// Told of each search done (one per source school, twins counted once).
    public var progress: (any ProgressListener)?

    public init(
        weighted: Bool = false, normalization: BetweennessNormalization = .networkx,
        progress: (any ProgressListener)? = nil
    ) {
        self.weighted = weighted
        self.normalization = normalization
        self.progress = progress
    }
}

extension CSRGraph {
    /// Exact betweenness centrality: for each node v, the sum over pairs (s, t) of the share of
    /// shortest s–t paths that pass through v (s, t ≠ v), endpoints excluded.
    ///
    /// Brandes' algorithm (Brandes 2001, doi:10.1080/0022250X.2001.9990249): a shortest-path
    /// search from every source, then dependencies accumulated in reverse order of distance.
    /// Sources are processed in parallel in a fixed number of chunks, added in a fixed order.
    /// Undirected graphs search once per class of structurally identical nodes (`TwinClasses`),
    /// which is exact and, on school networks full of clusters, several times faster. Unweighted
    /// searches run on the rows renumbered in breadth-first order (`LocalityOrder`: 4–15% faster,
    /// most when the input's numbering is random) and record the shortest-path DAG
    /// (`BrandesUnweighted`).
    ///
    /// - Complexity: O(nm) unweighted, O(nm + n² log n) weighted; O(n + m) memory per chunk.
    /// - Matches: NetworkX `betweenness_centrality(G, normalized=…, weight=…)`; igraph
    ///   `Graph.betweenness(directed=…, weights=…)` with ``BetweennessNormalization/none``.
    public func betweenness(_ options: BetweennessOptions = BetweennessOptions()) -> NodeScores {
        let n = nodeCount
        let graph = self
        let twins = TwinClasses(self)
        let progress = options.progress
        progress?.begin("betweenness", total: twins.sources.count)
        if !options.weighted {
            // Searches run on the rows renumbered for locality. Undirected, a search can stop once
            // it has reached the whole component, and levels fit in a byte (see
            // `BrandesUnweighted`).
            let rows = LocalityOrder(self)
            let components = isDirected ? nil : self.components()
            let edges = edgeCount
            let sums = Parallel.sum(over: twins.sources.count, width: n, chunks: Parallel.chunks(width: n)) {
                range, total in
                if let components {
                    var brandes = BrandesUnweighted<UInt8>(nodeCount: n, edgeCount: edges)
                    for s in range.lazy.map({ twins.sources[$0] }) {
                        brandes.accumulate(
                            rows, source: Int(rows.position[s]), reachable: components.sizes[components.membership[s]],
                            multiplicity: twins.multiplicity[s], into: &total)
                        progress?.advance(by: 1)
                    }
                } else {
                    var brandes = BrandesUnweighted<UInt32>(nodeCount: n, edgeCount: edges)
                    for s in range.lazy.map({ twins.sources[$0] }) {
                        brandes.accumulate(
                            rows, source: Int(rows.position[s]), multiplicity: twins.multiplicity[s], into: &total)
                        progress?.advance(by: 1)
                    }
                }
            }
            var scores = (0..<n).map { sums[Int(rows.position[$0])] }
            let scale = betweennessScale(options.normalization)
            for i in 0..<n { scores[i] *= scale }
            return NodeScores(scores)
        }
        var scores = Parallel.sum(over: twins.sources.count, width: n) { range, total in
            var paths = ShortestPaths(nodeCount: n)
            var delta = [Double](repeating: 0, count: n)
            for index in range {
                let s = twins.sources[index]
                paths.run(graph, from: s, weighted: options.weighted)
                graph.accumulateDependencies(
                    paths, source: s, weighted: options.weighted, multiplicity: twins.multiplicity[s],
                    delta: &delta, into: &total)
                progress?.advance(by: 1)
            }
        }
        let scale = betweennessScale(options.normalization)
        for i in 0..<n { scores[i] *= scale }
        return NodeScores(scores)
    }

    /// The factor that turns summed dependencies (each pair counted from both ends when
    /// undirected) into scores of the given normalization.
    func betweennessScale(_ normalization: BetweennessNormalization) -> Double {
        let n = nodeCount
        switch normalization {
        case .none: return isDirected ? 1 : 0.5
        case .networkx: return n > 2 ? 1 / (Double(n - 1) * Double(n - 2)) : (isDirected ? 1 : 0.5)
        }
    }

    /// Brandes' second phase for one source: walk the reached nodes from the farthest back,
    /// passing each node's dependency to the predecessors on its shortest paths.
    /// `multiplicity` counts the source's twins, whose dependencies are the same.
    func accumulateDependencies(
        _ paths: ShortestPaths, source: Int, weighted: Bool, multiplicity: Double = 1,
        delta: inout [Double], into total: inout [Double]
    ) {
        for w in paths.order { delta[Int(w)] = 0 }
        for w32 in paths.order.reversed() {
            let w = Int(w32)
            let coefficient = (1 + delta[w]) / paths.sigma[w]
            let dw = paths.distance[w]
            for slot in inOffsets[w]..<inOffsets[w + 1] {
                let v = Int(inSources[slot])
                let onPath = weighted ? paths.distance[v] + inWeights[slot] == dw : paths.distance[v] + 1 == dw
                if onPath { delta[v] += paths.sigma[v] * coefficient }
            }
            if w != source { total[w] += multiplicity * delta[w] }
        }
    }
}
