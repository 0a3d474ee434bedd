public struct ClosenessOptions: Sendable {
    /// Read edge weights as lengths.
    public var weighted = false
    public var convention = Convention.networkx

    public init(weighted: Bool = false, convention: Convention = .networkx) {
        self.weighted = weighted
        self.convention = convention
    }
}

extension CSRGraph {
    /// Closeness centrality: how near a node is to the nodes that can reach it.
    ///
    /// With r the number of other nodes that reach v and D the sum of their distances to v:
    /// - ``Convention/networkx``: `(r / D) · (r / (n − 1))`, the Wasserman–Faust correction for
    ///   graphs that are not connected (Wasserman and Faust 1994, p. 201); 0 when r = 0.
    /// - ``Convention/igraph``: `r / D`, closeness within the reachable set; NaN when r = 0.
    /// Directed graphs use distances *to* the node (incoming paths), as NetworkX does.
    ///
    /// - Complexity: O(nm) unweighted (O(L·m) per batch of 256 sources, L the levels), O(nm + n² log n)
    ///   weighted; parallel over sources.
    /// - Matches: NetworkX `closeness_centrality(G, distance=…)` (wf_improved=True); igraph
    ///   `Graph.closeness(mode="in" if directed else "all", normalized=True)`.
    public func closeness(_ options: ClosenessOptions = ClosenessOptions()) -> NodeScores {
        let n = nodeCount
        return perTwinClass(weighted: options.weighted) { reached, total, _ in
            switch options.convention {
            case .networkx:
                guard total > 0, n > 1 else { return 0 }
                return (Double(reached) / total) * (Double(reached) / Double(n - 1))
            case .igraph:
                return reached == 0 ? .nan : Double(reached) / total
            }
        }
    }

    /// Harmonic centrality: the sum, over the other nodes u, of 1/d(u, v) (0 when u cannot
    /// reach v). Marchiori and Latora 2000; Boldi and Vigna 2014.
    ///
    /// - ``Convention/networkx``: the sum itself.
    /// - ``Convention/igraph``: the sum divided by n − 1.
    /// Directed graphs use distances *to* the node, as NetworkX does.
    ///
    /// - Complexity: as closeness.
    /// - Matches: NetworkX `harmonic_centrality(G, distance=…)`; igraph
    ///   `Graph.harmonic_centrality(mode="in" if directed else "all", normalized=True)`.
    public func harmonic(_ options: ClosenessOptions = ClosenessOptions()) -> NodeScores {
        let n = nodeCount
        return perTwinClass(weighted: options.weighted) { _, _, sum in
            switch options.convention {
            case .networkx: return sum
            case .igraph: return n > 1 ? sum / Double(n - 1) : 0
            }
        }
    }

    /// A score computed once per class of twins (which score alike) from the distances to the
    /// class's representative: the number of nodes that reach it, their total distance and the
    /// sum of their reciprocals. Breadth-first from batches of sources at once when unweighted
    /// (``MultiSourceDistances``), Dijkstra from each source when weighted.
    private func perTwinClass(
        weighted: Bool, _ score: @Sendable (_ reached: Int, _ total: Double, _ harmonic: Double) -> Double
    ) -> NodeScores {
        let n = nodeCount
        let twins = TwinClasses(self)
        let graph = self
        let values: [Double]
        if weighted {
            let makePaths: @Sendable () -> ShortestPaths = { ShortestPaths(nodeCount: n) }
            values = Parallel.mapWithWorkspace(twins.sources.count, makePaths) { i, paths in
                paths.run(graph, from: twins.sources[i], weighted: true, reverse: true)
                let others = paths.order.dropFirst()
                return score(
                    others.count, others.reduce(0.0) { $0 + paths.distance[Int($1)] },
                    others.reduce(0.0) { $0 + 1 / paths.distance[Int($1)] })
            }
        } else {
            let batch = MultiSourceDistances.batchSize
            let batches = (twins.sources.count + batch - 1) / batch
            values = Parallel.mapWithWorkspace(batches, { MultiSourceDistances(nodeCount: n) }) { b, search in
                let sums = search.sums(
                    graph, to: twins.sources[(b * batch)..<min((b + 1) * batch, twins.sources.count)])
                return sums.reached.indices.map { score(sums.reached[$0], sums.total[$0], sums.harmonic[$0]) }
            }.flatMap { $0 }
        }
        var byNode = [Double](repeating: 0, count: n)
        for (i, s) in twins.sources.enumerated() { byNode[s] = values[i] }
        for v in 0..<n { byNode[v] = byNode[Int(twins.representative[v])] }
        return NodeScores(byNode)
    }
}
