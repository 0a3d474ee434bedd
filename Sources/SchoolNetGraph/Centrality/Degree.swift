extension CSRGraph {
    /// The number of edges at each node; for directed graphs in + out (NetworkX `G.degree`,
    /// igraph `Graph.degree(mode="all")`).
    ///
    /// - Parameter layers: count only edges that carry at least one of these layers (nil: all).
    /// - Complexity: O(n) for all layers, O(n + m) for a subset.
    public func degrees(layers: LayerSet? = nil) -> NodeScores {
        guard layers == nil else { return rowSums(layers: layers) { _ in 1 } }
        var degree = [Double](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount {
            var d = offsets[v + 1] - offsets[v]
            if isDirected { d += inOffsets[v + 1] - inOffsets[v] }
            degree[v] = Double(d)
        }
        return NodeScores(degree)
    }

    /// The sum of the weights of the edges at each node; for directed graphs in + out
    /// (NetworkX `G.degree(weight="weight")`, igraph `Graph.strength(mode="all")`).
    ///
    /// - Complexity: O(n + m).
    public func strengths(layers: LayerSet? = nil) -> NodeScores {
        rowSums(layers: layers) { $0 }
    }

    /// In-degrees (degrees, when undirected). O(n).
    public func inDegrees() -> NodeScores {
        NodeScores((0..<nodeCount).map { Double(inOffsets[$0 + 1] - inOffsets[$0]) })
    }

    /// Out-degrees (degrees, when undirected). O(n).
    public func outDegrees() -> NodeScores {
        NodeScores((0..<nodeCount).map { Double(offsets[$0 + 1] - offsets[$0]) })
    }

    private func rowSums(layers: LayerSet?, _ value: (Double) -> Double) -> NodeScores {
        func sum(_ rowOffsets: [Int], _ rowWeights: [Double], _ rowLayers: [LayerSet], _ v: Int) -> Double {
            var total = 0.0
            for slot in rowOffsets[v]..<rowOffsets[v + 1]
            where layers.map({ !rowLayers[slot].isDisjoint(with: $0) }) ?? true {
                total += value(rowWeights[slot])
            }
            return total
        }
        return NodeScores(
            (0..<nodeCount).map { v in
                sum(offsets, weights, layerSets, v)
                    + (isDirected ? sum(inOffsets, inWeights, inLayerSets, v) : 0)
            })
    }
}
