import Dispatch

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
    /// Power iteration from the uniform vector, stopped when the L1 change falls below
    /// n × tolerance; scores sum to 1. Each iteration divides each node's score by its out-weight
    /// once (not once per edge), then every node pulls its in-neighbours' shares; nodes are split
    /// into a fixed number of chunks run in parallel, and the change is summed chunk by chunk in
    /// a fixed order, so the result does not depend on the machine.
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
        let dangling = (0..<n).filter { outWeight[$0] == 0 }
        let inverse = outWeight.map { $0 == 0 ? 0 : 1 / $0 }
        var x = [Double](repeating: uniform, count: n)
        var next = x
        var share = x
        let ranges = Parallel.split(n)
        var change = [Double](repeating: 0, count: ranges.count)
        let weighted = options.weighted
        for _ in 0..<options.convergence.maxIterations {
            var lost = 0.0
            for v in dangling { lost += x[v] }
            let base = (1 - options.alpha) * uniform + options.alpha * lost * uniform
            for v in 0..<n { share[v] = x[v] * inverse[v] }
            let alpha = options.alpha
            inOffsets.withUnsafeBufferPointer { inOffsets in
                inSources.withUnsafeBufferPointer { inSources in
                    inWeights.withUnsafeBufferPointer { inWeights in
                        share.withUnsafeBufferPointer { share in
                            x.withUnsafeBufferPointer { x in
                                next.withUnsafeMutableBufferPointer { next in
                                    change.withUnsafeMutableBufferPointer { change in
                                        let out = Parallel.Shared(next)
                                        let changes = Parallel.Shared(change)
                                        let inOffsets = Parallel.Borrowed(inOffsets)
                                        let inSources = Parallel.Borrowed(inSources)
                                        let inWeights = Parallel.Borrowed(inWeights)
                                        let share = Parallel.Borrowed(share)
                                        let x = Parallel.Borrowed(x)
                                        DispatchQueue.concurrentPerform(iterations: ranges.count) { chunk in
                                            let (inOffsets, inSources, inWeights, share, x) = (
                                                inOffsets.buffer, inSources.buffer, inWeights.buffer, share.buffer,
                                                x.buffer
                                            )
                                            var moved = 0.0
                                            for w in ranges[chunk] {
                                                var incoming = 0.0
                                                if weighted {
                                                    for slot in inOffsets[w]..<inOffsets[w + 1] {
                                                        incoming += share[Int(inSources[slot])] * inWeights[slot]
                                                    }
                                                } else {
                                                    for slot in inOffsets[w]..<inOffsets[w + 1] {
                                                        incoming += share[Int(inSources[slot])]
                                                    }
                                                }
                                                let value = base + alpha * incoming
                                                out.buffer[w] = value
                                                moved += abs(value - x[w])
                                            }
                                            changes.buffer[chunk] = moved
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            swap(&x, &next)
            if change.reduce(0, +) < Double(n) * options.convergence.tolerance { break }
        }
        return NodeScores(x)
    }
}
