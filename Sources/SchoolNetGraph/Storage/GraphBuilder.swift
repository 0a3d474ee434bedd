/// Collects edges and freezes them into a ``CSRGraph``.
///
/// Parallel edges are merged: weights are summed and layer sets united (the policy of NetworKit's
/// `GraphBuilder` with summed weights). Self-loops are rejected by a precondition: none of the
/// networks this package builds has them. Freezing sorts the edge list once and places rows by
/// counting, O(m log m); neighbours come out in ascending order.
public struct GraphBuilder {
    public let nodeCount: Int
    public let isDirected: Bool
    private var keys: [UInt64] = []
    private var weights: [Double] = []
    private var layerSets: [LayerSet] = []

    public init(nodeCount: Int, isDirected: Bool = false) {
        precondition(nodeCount >= 0 && nodeCount < Int(Int32.max), "node count out of range")
        self.nodeCount = nodeCount
        self.isDirected = isDirected
    }

    /// Makes room for `count` more edges.
    public mutating func reserveCapacity(_ count: Int) {
        keys.reserveCapacity(keys.count + count)
        weights.reserveCapacity(weights.count + count)
        layerSets.reserveCapacity(layerSets.count + count)
    }

    /// Adds an edge; in an undirected graph `(a, b)` and `(b, a)` are the same edge.
    public mutating func addEdge(
        _ source: NodeID, _ target: NodeID, weight: Double = 1, layers: LayerSet = []
    ) {
        precondition(source.index < nodeCount && target.index < nodeCount, "node out of range")
        precondition(source != target, "self-loops are not supported")
        var (a, b) = (UInt64(source.rawValue), UInt64(target.rawValue))
        if !isDirected && a > b { swap(&a, &b) }
        keys.append(a << 32 | b)
        weights.append(weight)
        layerSets.append(layers)
    }

    /// The graph, with parallel edges merged.
    public func build() -> CSRGraph {
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        var edgeKeys: [UInt64] = []
        var edgeWeights: [Double] = []
        var edgeLayers: [LayerSet] = []
        edgeKeys.reserveCapacity(keys.count)
        for i in order {
            if let last = edgeKeys.last, last == keys[i] {
                edgeWeights[edgeWeights.count - 1] += weights[i]
                edgeLayers[edgeLayers.count - 1].formUnion(layerSets[i])
            } else {
                edgeKeys.append(keys[i])
                edgeWeights.append(weights[i])
                edgeLayers.append(layerSets[i])
            }
        }
        let sources = edgeKeys.map { Int32(truncatingIfNeeded: $0 >> 32) }
        let targets = edgeKeys.map { Int32(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }
        if isDirected {
            let out = Self.rows(nodeCount, from: sources, to: targets, edgeWeights, edgeLayers)
            let into = Self.rows(nodeCount, from: targets, to: sources, edgeWeights, edgeLayers)
            return CSRGraph(
                isDirected: true, offsets: out.offsets, targets: out.targets, weights: out.weights,
                layerSets: out.layers, inOffsets: into.offsets, inSources: into.targets,
                inWeights: into.weights, inLayerSets: into.layers, edgeCount: edgeKeys.count)
        }
        let both = Self.rows(
            nodeCount, from: sources + targets, to: targets + sources, edgeWeights + edgeWeights,
            edgeLayers + edgeLayers)
        return CSRGraph(
            isDirected: false, offsets: both.offsets, targets: both.targets, weights: both.weights,
            layerSets: both.layers, inOffsets: both.offsets, inSources: both.targets,
            inWeights: both.weights, inLayerSets: both.layers, edgeCount: edgeKeys.count)
    }

    /// Rows by counting sort on the source; within a row, targets ascending (a stable placement
    /// of an edge list already sorted by target within each source, or a sort per row).
    private static func rows(
        _ n: Int, from: [Int32], to: [Int32], _ weights: [Double], _ layers: [LayerSet]
    ) -> (offsets: [Int], targets: [Int32], weights: [Double], layers: [LayerSet]) {
        var offsets = [Int](repeating: 0, count: n + 1)
        for s in from { offsets[Int(s) + 1] += 1 }
        for v in 0..<n { offsets[v + 1] += offsets[v] }
        // Place edges in order of (target), so that each row comes out ascending.
        let byTarget = to.indices.sorted { (to[$0], from[$0]) < (to[$1], from[$1]) }
        var next = offsets
        var rowTargets = [Int32](repeating: 0, count: from.count)
        var rowWeights = [Double](repeating: 0, count: from.count)
        var rowLayers = [LayerSet](repeating: [], count: from.count)
        for k in byTarget {
            let slot = next[Int(from[k])]
            next[Int(from[k])] += 1
            rowTargets[slot] = to[k]
            rowWeights[slot] = weights[k]
            rowLayers[slot] = layers[k]
        }
        return (offsets, rowTargets, rowWeights, rowLayers)
    }
}
