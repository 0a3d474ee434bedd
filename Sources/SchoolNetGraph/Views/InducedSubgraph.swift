extension CSRGraph {
    /// The subgraph on `nodes` with every edge between them (weights and layers kept). Node i of
    /// the result is `nodes[i]` of this graph.
    ///
    /// - Complexity: O(n + Σ degree of the chosen nodes + m' log m').
    public func inducedSubgraph(_ nodes: [NodeID]) -> CSRGraph {
        var position = [Int](repeating: -1, count: nodeCount)
        for (i, v) in nodes.enumerated() { position[v.index] = i }
        var builder = GraphBuilder(nodeCount: nodes.count, isDirected: isDirected)
        for (i, v) in nodes.enumerated() {
            for slot in offsets[v.index]..<offsets[v.index + 1] {
                let j = position[Int(targets[slot])]
                guard j >= 0, isDirected || i < j else { continue }
                builder.addEdge(NodeID(i), NodeID(j), weight: weights[slot], layers: layerSets[slot])
            }
        }
        return builder.build()
    }

    /// The same nodes with only the edges that carry one of `layers`; each kept edge keeps only
    /// those layers and its weight.
    ///
    /// - Complexity: O(n + m log m).
    public func filtered(layers: LayerSet) -> CSRGraph {
        rebuilt { _, _, edgeLayers in
            let kept = edgeLayers.intersection(layers)
            return kept.isEmpty ? nil : kept
        }
    }

    /// The same edges with weights transformed, e.g. `{ 1 / $0 }` to read tie strengths as
    /// lengths for path measures.
    public func reweighted(_ transform: (Double) -> Double) -> CSRGraph {
        var builder = GraphBuilder(nodeCount: nodeCount, isDirected: isDirected)
        for v in 0..<nodeCount {
            for slot in offsets[v]..<offsets[v + 1] where isDirected || v < Int(targets[slot]) {
                builder.addEdge(
                    NodeID(v), NodeID(Int(targets[slot])), weight: transform(weights[slot]), layers: layerSets[slot])
            }
        }
        return builder.build()
    }

    /// The undirected graph with an edge wherever this one has an edge in either direction
    /// (weights of opposite edges summed, layers united).
    public func undirected() -> CSRGraph {
        guard isDirected else { return self }
        var builder = GraphBuilder(nodeCount: nodeCount)
        for v in 0..<nodeCount {
            for slot in offsets[v]..<offsets[v + 1] {
                builder.addEdge(NodeID(v), NodeID(Int(targets[slot])), weight: weights[slot], layers: layerSets[slot])
            }
        }
        return builder.build()
    }

    private func rebuilt(_ keep: (Int, Int, LayerSet) -> LayerSet?) -> CSRGraph {
        var builder = GraphBuilder(nodeCount: nodeCount, isDirected: isDirected)
        for v in 0..<nodeCount {
            for slot in offsets[v]..<offsets[v + 1] where isDirected || v < Int(targets[slot]) {
                if let layers = keep(v, Int(targets[slot]), layerSets[slot]) {
                    builder.addEdge(NodeID(v), NodeID(Int(targets[slot])), weight: weights[slot], layers: layers)
                }
            }
        }
        return builder.build()
    }
}
