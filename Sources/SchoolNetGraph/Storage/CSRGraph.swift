/// An immutable graph in compressed sparse row (CSR) form, with a weight and a layer set per
/// edge.
///
/// Undirected graphs store each edge in the rows of both end points; `edgeCount` counts it once.
/// Directed graphs keep out-rows and in-rows (as igraph keeps its `os` and `is` indexes), so
/// that measures defined on incoming paths walk edges backwards in O(1) per edge.
/// Storage is O(n + m); finding a node's row is O(1) and walking it O(degree).
/// Build one with ``GraphBuilder``.
public struct CSRGraph: Sendable {
    /// Whether edges have a direction.
    public let isDirected: Bool
    /// Out-row `v` is `targets[offsets[v] ..< offsets[v + 1]]`, ascending.
    let offsets: [Int]
    let targets: [Int32]
    let weights: [Double]
    let layerSets: [LayerSet]
    /// In-rows of a directed graph (the same arrays as the out-rows when undirected).
    let inOffsets: [Int]
    let inSources: [Int32]
    let inWeights: [Double]
    let inLayerSets: [LayerSet]
    /// The number of distinct edges (an undirected edge counted once).
    public let edgeCount: Int

    init(
        isDirected: Bool, offsets: [Int], targets: [Int32], weights: [Double], layerSets: [LayerSet],
        inOffsets: [Int], inSources: [Int32], inWeights: [Double], inLayerSets: [LayerSet],
        edgeCount: Int
    ) {
        self.isDirected = isDirected
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.layerSets = layerSets
        self.inOffsets = inOffsets
        self.inSources = inSources
        self.inWeights = inWeights
        self.inLayerSets = inLayerSets
        self.edgeCount = edgeCount
    }

    /// The number of nodes.
    public var nodeCount: Int { offsets.count - 1 }

    /// All node ids, in order.
    public var nodes: [NodeID] { (0..<nodeCount).map(NodeID.init) }

    /// The number of neighbours of `node` (out-neighbours in a directed graph). O(1).
    public func degree(of node: NodeID) -> Int {
        offsets[node.index + 1] - offsets[node.index]
    }

    /// The number of in-neighbours (the degree, when undirected). O(1).
    public func inDegree(of node: NodeID) -> Int {
        inOffsets[node.index + 1] - inOffsets[node.index]
    }

    /// The neighbours of `node` (out-neighbours when directed), ascending. O(degree).
    public func neighbors(of node: NodeID) -> [NodeID] {
        (offsets[node.index]..<offsets[node.index + 1]).map { NodeID(Int(targets[$0])) }
    }

    /// The nodes with an edge to `node`, ascending (the neighbours, when undirected).
    public func inNeighbors(of node: NodeID) -> [NodeID] {
        (inOffsets[node.index]..<inOffsets[node.index + 1]).map { NodeID(Int(inSources[$0])) }
    }

    /// The edges leaving `node` with their weights and layers, in ascending neighbour order.
    public func edges(of node: NodeID) -> [(neighbor: NodeID, weight: Double, layers: LayerSet)] {
        (offsets[node.index]..<offsets[node.index + 1]).map {
            (NodeID(Int(targets[$0])), weights[$0], layerSets[$0])
        }
    }

    /// Whether the edge `a → b` (or `a – b`) exists. O(log degree).
    public func hasEdge(_ a: NodeID, _ b: NodeID) -> Bool {
        var low = offsets[a.index]
        var high = offsets[a.index + 1]
        while low < high {
            let mid = (low + high) / 2
            if targets[mid] == b.rawValue { return true }
            if targets[mid] < b.rawValue { low = mid + 1 } else { high = mid }
        }
        return false
    }

    /// The weight of edge `a → b`, or nil. O(log degree).
    public func weight(_ a: NodeID, _ b: NodeID) -> Double? {
        var low = offsets[a.index]
        var high = offsets[a.index + 1]
        while low < high {
            let mid = (low + high) / 2
            if targets[mid] == b.rawValue { return weights[mid] }
            if targets[mid] < b.rawValue { low = mid + 1 } else { high = mid }
        }
        return nil
    }

    /// Whether any edge weight differs from 1.
    public var isWeighted: Bool { weights.contains { $0 != 1 } }
}
