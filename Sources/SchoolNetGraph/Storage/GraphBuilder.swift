/// Collects edges and freezes them into a ``CSRGraph``.
///
/// Parallel edges are merged: weights are summed and layer sets united (the policy of NetworKit's
/// `GraphBuilder` with summed weights). Self-loops are rejected by a precondition: none of the
/// networks this package builds has them. Freezing is a counting sort, O(n + m log d) with d the
/// largest degree (rows are sorted so that neighbours come out in ascending order).
public struct GraphBuilder {
    public let nodeCount: Int
    public let isDirected: Bool
    private var sources: [Int32] = []
    private var targets: [Int32] = []
    private var weights: [Double] = []
    private var layerSets: [LayerSet] = []

    public init(nodeCount: Int, isDirected: Bool = false) {
        precondition(nodeCount >= 0 && nodeCount < Int(Int32.max), "node count out of range")
        self.nodeCount = nodeCount
        self.isDirected = isDirected
    }

    /// Adds an edge; in an undirected graph `(a, b)` and `(b, a)` are the same edge.
    public mutating func addEdge(
        _ source: NodeID, _ target: NodeID, weight: Double = 1, layers: LayerSet = []
    ) {
        precondition(source.index < nodeCount && target.index < nodeCount, "node out of range")
        precondition(source != target, "self-loops are not supported")
        var (a, b) = (source.rawValue, target.rawValue)
        if !isDirected && a > b { swap(&a, &b) }
        sources.append(a)
        targets.append(b)
        weights.append(weight)
        layerSets.append(layers)
    }

    /// The graph, with parallel edges merged.
    public func build() -> CSRGraph {
        // Sort the edge list by (source, target), then merge runs of equal pairs.
        let order = sources.indices.sorted {
            (sources[$0], targets[$0]) < (sources[$1], targets[$1])
        }
        var mergedSource: [Int32] = []
        var mergedTarget: [Int32] = []
        var mergedWeight: [Double] = []
        var mergedLayers: [LayerSet] = []
        for i in order {
            if let last = mergedSource.indices.last,
                mergedSource[last] == sources[i], mergedTarget[last] == targets[i]
            {
                mergedWeight[last] += weights[i]
                mergedLayers[last].formUnion(layerSets[i])
            } else {
                mergedSource.append(sources[i])
                mergedTarget.append(targets[i])
                mergedWeight.append(weights[i])
                mergedLayers.append(layerSets[i])
            }
        }
        // Count the row lengths, then place each edge (both directions when undirected).
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        for k in mergedSource.indices {
            offsets[Int(mergedSource[k]) + 1] += 1
            if !isDirected { offsets[Int(mergedTarget[k]) + 1] += 1 }
        }
        for v in 0..<nodeCount { offsets[v + 1] += offsets[v] }
        let slots = offsets[nodeCount]
        var next = offsets
        var rowTargets = [Int32](repeating: 0, count: slots)
        var rowWeights = [Double](repeating: 0, count: slots)
        var rowLayers = [LayerSet](repeating: [], count: slots)
        func place(_ from: Int32, _ to: Int32, _ k: Int) {
            let slot = next[Int(from)]
            next[Int(from)] += 1
            rowTargets[slot] = to
            rowWeights[slot] = mergedWeight[k]
            rowLayers[slot] = mergedLayers[k]
        }
        // Edges sorted by (source, target): the forward placements arrive in ascending target
        // order, but undirected reverse placements interleave, so sort each row afterwards.
        for k in mergedSource.indices {
            place(mergedSource[k], mergedTarget[k], k)
            if !isDirected { place(mergedTarget[k], mergedSource[k], k) }
        }
        if !isDirected {
            for v in 0..<nodeCount where offsets[v + 1] - offsets[v] > 1 {
                let range = offsets[v]..<offsets[v + 1]
                let row = range.sorted { rowTargets[$0] < rowTargets[$1] }
                let (t, w, l) = (row.map { rowTargets[$0] }, row.map { rowWeights[$0] },
                                 row.map { rowLayers[$0] })
                rowTargets.replaceSubrange(range, with: t)
                rowWeights.replaceSubrange(range, with: w)
                rowLayers.replaceSubrange(range, with: l)
            }
        }
        return CSRGraph(
            isDirected: isDirected, offsets: offsets, targets: rowTargets, weights: rowWeights,
            layerSets: rowLayers, edgeCount: mergedSource.count)
    }
}
