/// An immutable graph in compressed sparse row (CSR) form, with a weight and a layer set per
/// edge.
///
/// Undirected graphs store each edge in the rows of both end points; `edgeCount` counts it once.
/// Storage is O(n + m); neighbour access is O(1) to find and O(degree) to walk.
/// Build one with ``GraphBuilder``.
public struct CSRGraph: Sendable {
    /// Whether edges have a direction. Directed graphs keep out-rows only in this version.
    public let isDirected: Bool
    /// Row `v` is `targets[offsets[v] ..< offsets[v + 1]]`.
    let offsets: [Int]
    let targets: [Int32]
    let weights: [Double]
    let layerSets: [LayerSet]
    /// The number of distinct edges (an undirected edge counted once).
    public let edgeCount: Int

    init(
        isDirected: Bool, offsets: [Int], targets: [Int32], weights: [Double],
        layerSets: [LayerSet], edgeCount: Int
    ) {
        self.isDirected = isDirected
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.layerSets = layerSets
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

    /// The neighbours of `node`, ascending. O(degree).
    public func neighbors(of node: NodeID) -> [NodeID] {
        (offsets[node.index]..<offsets[node.index + 1]).map { NodeID(Int(targets[$0])) }
    }

    /// The edges leaving `node` with their weights and layers, in ascending neighbour order.
    public func edges(of node: NodeID) -> [(neighbor: NodeID, weight: Double, layers: LayerSet)] {
        (offsets[node.index]..<offsets[node.index + 1]).map {
            (NodeID(Int(targets[$0])), weights[$0], layerSets[$0])
        }
    }
}
