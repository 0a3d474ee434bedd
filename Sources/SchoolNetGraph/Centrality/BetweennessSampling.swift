import RealModule

/// A betweenness estimate from a sample of source nodes, with its error bound.
public struct BetweennessEstimate: Sendable {
    /// The estimates, on the scale of the options' normalization.
    public let scores: NodeScores
    /// The number of sources used.
    public let samples: Int
    /// With probability `1 − failureProbability`, every node's NetworkX-normalised estimate is
    /// within this distance of its exact value (0 when every node was a source).
    public let errorBound: Double
    public let failureProbability: Double
}

extension CSRGraph {
    /// Betweenness estimated from `samples` source nodes drawn without replacement with a seeded
    /// generator (Brandes and Pich 2007, doi:10.1142/S0218127407018403): the dependencies of the
    /// sampled sources, scaled by n / samples.
    ///
    /// Bound: a source contributes to a node's normalised betweenness a value in [0, n/(n−1)];
    /// by Hoeffding's inequality (which holds for sampling without replacement) and a union bound
    /// over the n nodes, every estimate is within `ε = n/(n−1) · √(ln(2n/δ) / (2k))` of the exact
    /// normalised value with probability at least 1 − δ.
    ///
    /// - Complexity: O(km) unweighted, O(km + kn log n) weighted.
    /// - Matches: NetworkX `betweenness_centrality(G, k=…, seed=…)` (same estimator; the sample
    ///   differs by generator).
    public func sampledBetweenness(
        samples: Int, seed: UInt64, failureProbability: Double = 0.05,
        _ options: BetweennessOptions = BetweennessOptions()
    ) -> BetweennessEstimate {
        let n = nodeCount
        let k = max(1, min(samples, n))
        var generator = SplitMix64(seed: seed)
        var pool = Array(0..<n)
        for i in 0..<k { pool.swapAt(i, Int.random(in: i..<n, using: &generator)) }
        let sources = Array(pool.prefix(k)).sorted()
        let graph = self
        var totals = Parallel.sum(over: sources.count, width: n) { range, total in
            var paths = ShortestPaths(nodeCount: n)
            var delta = [Double](repeating: 0, count: n)
            for index in range {
                paths.run(graph, from: sources[index], weighted: options.weighted)
                graph.accumulateDependencies(
                    paths, source: sources[index], weighted: options.weighted, delta: &delta, into: &total)
            }
        }
        let exact = graph.betweennessScale(options.normalization)
        for i in 0..<n { totals[i] *= exact * Double(n) / Double(k) }
        let range = n > 1 ? Double(n) / Double(n - 1) : 1
        let bound = k >= n ? 0 : range * (Double.log(2 * Double(n) / failureProbability) / (2 * Double(k))).squareRoot()
        return BetweennessEstimate(
            scores: NodeScores(totals), samples: k, errorBound: bound, failureProbability: failureProbability)
    }
}
