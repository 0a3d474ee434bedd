public struct LouvainOptions: Sendable {
    /// Use edge weights.
    public var weighted = false
    /// γ: above 1 favours smaller communities.
    public var resolution = 1.0
    /// The seed of the order in which nodes are visited.
    public var seed: UInt64 = 1

    public init(weighted: Bool = false, resolution: Double = 1, seed: UInt64 = 1) {
        self.weighted = weighted
        self.resolution = resolution
        self.seed = seed
    }
}

extension CSRGraph {
    /// Communities by the Louvain method (Blondel, Guillaume, Lambiotte and Lefebvre 2008,
    /// doi:10.1088/1742-5468/2008/10/P10008): move nodes one at a time to the neighbouring
    /// community that raises modularity most, until none moves; merge each community into one
    /// node; repeat until nothing changes. Nodes are visited in an order shuffled by a seeded
    /// generator, so the same seed gives the same partition.
    ///
    /// - Returns: the partition of the last level and its modularity.
    /// - Complexity: about O(m) per pass; a few passes per level, a few levels.
    /// - Matches: the method of NetworkX `community.louvain_communities` and igraph
    ///   `Graph.community_multilevel`; their partitions depend on visiting order, so agreement
    ///   is tested on modularity, not on the partition.
    public func louvain(_ options: LouvainOptions = LouvainOptions()) -> (partition: Partition, modularity: Double) {
        precondition(!isDirected, "louvain(): undirected graphs only")
        var level = LouvainLevel(self, weighted: options.weighted)
        var membership = Array(0..<nodeCount)
        var generator = SplitMix64(seed: options.seed)
        while true {
            let (moved, communities) = level.moveNodes(resolution: options.resolution, using: &generator)
            membership = membership.map { communities[$0] }
            guard moved else { break }
            level = level.aggregated(by: communities)
        }
        let partition = Partition(membership)
        return (partition, modularity(partition, weighted: options.weighted, resolution: options.resolution))
    }
}

/// One level of the Louvain method: a weighted graph whose nodes may have self-loops (the
/// weight inside a merged community).
struct LouvainLevel {
    var neighbors: [[(node: Int, weight: Double)]]
    var selfLoop: [Double]
    /// Twice the total edge weight.
    var twiceTotal: Double

    init(_ graph: CSRGraph, weighted: Bool) {
        neighbors = (0..<graph.nodeCount).map { v in
            (graph.offsets[v]..<graph.offsets[v + 1]).map {
                (Int(graph.targets[$0]), weighted ? graph.weights[$0] : 1)
            }
        }
        selfLoop = [Double](repeating: 0, count: graph.nodeCount)
        twiceTotal = neighbors.reduce(0) { $0 + $1.reduce(0) { $0 + $1.weight } }
    }

    init(neighbors: [[(node: Int, weight: Double)]], selfLoop: [Double], twiceTotal: Double) {
        self.neighbors = neighbors
        self.selfLoop = selfLoop
        self.twiceTotal = twiceTotal
    }

    /// Local moving until no node moves. Returns whether any node moved and the communities,
    /// renumbered 0..<k in order of first appearance.
    func moveNodes(resolution: Double, using generator: inout SplitMix64) -> (Bool, [Int]) {
        let n = neighbors.count
        guard twiceTotal > 0 else { return (false, Array(0..<n)) }
        let degree = (0..<n).map { v in neighbors[v].reduce(2 * selfLoop[v]) { $0 + $1.weight } }
        var community = Array(0..<n)
        var total = degree
        var order = Array(0..<n)
        order.shuffle(using: &generator)
        var weightTo = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var movedAny = false
        var improved = true
        while improved {
            improved = false
            for v in order {
                let current = community[v]
                touched.removeAll(keepingCapacity: true)
                for (u, w) in neighbors[v] {
                    let c = community[u]
                    if weightTo[c] == 0 { touched.append(c) }
                    weightTo[c] += w
                }
                total[current] -= degree[v]
                let scale = resolution * degree[v] / twiceTotal
                var best = current
                var bestGain = weightTo[current] - scale * total[current]
                for c in touched where c != current {
                    let gain = weightTo[c] - scale * total[c]
                    if gain > bestGain + 1e-12 || (abs(gain - bestGain) <= 1e-12 && c < best && best != current) {
                        best = c
                        bestGain = gain
                    }
                }
                total[best] += degree[v]
                if best != current {
                    community[v] = best
                    improved = true
                    movedAny = true
                }
                for c in touched { weightTo[c] = 0 }
                weightTo[current] = 0
            }
        }
        return (movedAny, Partition(community).membership)
    }

    /// The graph of communities: one node each, edge weights summed, inner weight as self-loop.
    func aggregated(by communities: [Int]) -> LouvainLevel {
        let k = (communities.max() ?? -1) + 1
        var loops = [Double](repeating: 0, count: k)
        var edges = [[Int: Double]](repeating: [:], count: k)
        for v in neighbors.indices {
            let cv = communities[v]
            loops[cv] += selfLoop[v]
            for (u, w) in neighbors[v] {
                let cu = communities[u]
                if cu == cv { loops[cv] += w / 2 } else { edges[cv][cu, default: 0] += w }
            }
        }
        let rows = edges.map { $0.sorted { $0.key < $1.key }.map { (node: $0.key, weight: $0.value) } }
        return LouvainLevel(neighbors: rows, selfLoop: loops, twiceTotal: twiceTotal)
    }
}
