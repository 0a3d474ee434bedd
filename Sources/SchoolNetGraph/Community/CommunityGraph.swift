/// A weighted graph in compressed rows whose nodes may carry a self-loop: a level of Louvain's or
/// Leiden's hierarchy, where each node is a community of the level below and its self-loop the
/// weight of the ties inside it.
struct CommunityGraph: Sendable {
    /// Row `v` is `targets[offsets[v] ..< offsets[v + 1]]`, with `weights` alike.
    let offsets: [Int]
    let targets: [Int32]
    let weights: [Double]
    /// The weight of the ties inside each node (each tie once).
    let selfLoop: [Double]

    var nodeCount: Int { offsets.count - 1 }

    init(offsets: [Int], targets: [Int32], weights: [Double], selfLoop: [Double]) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.selfLoop = selfLoop
    }

    /// The graph's rows, its weights or every weight 1; without the ties of a node to itself when
    /// `droppingSelfTies`.
    init(_ graph: CSRGraph, weighted: Bool, droppingSelfTies: Bool) {
        let n = graph.nodeCount
        let hasSelfTies = droppingSelfTies && (0..<n).contains { v in graph.hasEdge(NodeID(v), NodeID(v)) }
        if !hasSelfTies {
            offsets = graph.offsets
            targets = graph.targets
            // An unweighted graph's weights are all 1 already: shared, not copied.
            weights =
                weighted || !graph.isWeighted ? graph.weights : [Double](repeating: 1, count: graph.targets.count)
        } else {
            var offsets = [0]
            var targets: [Int32] = []
            var weights: [Double] = []
            for v in 0..<n {
                for slot in graph.offsets[v]..<graph.offsets[v + 1] where Int(graph.targets[slot]) != v {
                    targets.append(graph.targets[slot])
                    weights.append(weighted ? graph.weights[slot] : 1)
                }
                offsets.append(targets.count)
            }
            self.offsets = offsets
            self.targets = targets
            self.weights = weights
        }
        selfLoop = [Double](repeating: 0, count: n)
    }

    /// The sum of each node's row weights plus twice its self-loop: its strength.
    func strengths() -> [Double] {
        var strength = selfLoop.map { 2 * $0 }
        for v in 0..<nodeCount {
            for slot in offsets[v]..<offsets[v + 1] { strength[v] += weights[slot] }
        }
        return strength
    }

    /// The graph of groups: one node per group (`groups[v]` below `count`), tie weights summed,
    /// the weight inside each group as its self-loop. A group's row lists its neighbouring groups
    /// in the order its members (ascending) first meet them. O(n + m).
    func aggregated(by groups: [Int], count: Int) -> CommunityGraph {
        // The members of each group, by a counting sort.
        var start = [Int](repeating: 0, count: count + 1)
        for g in groups { start[g + 1] += 1 }
        for g in 0..<count { start[g + 1] += start[g] }
        var members = [Int](repeating: 0, count: groups.count)
        var fill = start
        for (v, g) in groups.enumerated() {
            members[fill[g]] = v
            fill[g] += 1
        }
        var loops = [Double](repeating: 0, count: count)
        var newOffsets = [Int](repeating: 0, count: count + 1)
        var newTargets: [Int32] = []
        var newWeights: [Double] = []
        var weightTo = [Double](repeating: 0, count: count)
        // The last group whose row met each group: a tie of weight 0 leaves weightTo at 0, so
        // meeting is marked apart from the weight.
        var metBy = [Int](repeating: -1, count: count)
        var touched: [Int] = []
        // Raw buffers: every tie of the level is read here once, by group.
        groups.withUnsafeBufferPointer { groups in
            offsets.withUnsafeBufferPointer { offsets in
                targets.withUnsafeBufferPointer { targets in
                    weights.withUnsafeBufferPointer { weights in
                        weightTo.withUnsafeMutableBufferPointer { weightTo in
                            metBy.withUnsafeMutableBufferPointer { metBy in
                                for g in 0..<count {
                                    var inside = 0.0
                                    for v in members[start[g]..<start[g + 1]] {
                                        inside += selfLoop[v]
                                        for slot in offsets[v]..<offsets[v + 1] {
                                            let h = groups[Int(targets[slot])]
                                            let w = weights[slot]
                                            if h == g {
                                                inside += w / 2
                                            } else {
                                                if metBy[h] != g {
                                                    metBy[h] = g
                                                    touched.append(h)
                                                }
                                                weightTo[h] += w
                                            }
                                        }
                                    }
                                    loops[g] = inside
                                    for h in touched {
                                        newTargets.append(Int32(h))
                                        newWeights.append(weightTo[h])
                                        weightTo[h] = 0
                                    }
                                    touched.removeAll(keepingCapacity: true)
                                    newOffsets[g + 1] = newTargets.count
                                }
                            }
                        }
                    }
                }
            }
        }
        return CommunityGraph(offsets: newOffsets, targets: newTargets, weights: newWeights, selfLoop: loops)
    }

    /// A random order of the nodes 0..<n that stays near in memory: blocks of 64 consecutive
    /// nodes in shuffled order, each block's nodes shuffled: random enough for Louvain's
    /// independent starts, and the nodes visited one after another share cache lines (nearby
    /// schools have nearby numbers). Leiden keeps a full shuffle: with blocks, its refinement
    /// took more rounds to settle on England (six instead of four), which cost more than the
    /// cache saved.
    static func visitingOrder(_ n: Int, using generator: inout SplitMix64) -> [Int] {
        let blockSize = 64
        var blocks = Array(0..<((n + blockSize - 1) / blockSize))
        blocks.shuffle(using: &generator)
        var order: [Int] = []
        order.reserveCapacity(n)
        for b in blocks {
            var block = Array((b * blockSize)..<min(n, (b + 1) * blockSize))
            block.shuffle(using: &generator)
            order += block
        }
        return order
    }

    /// Labels below the node count renumbered 0..<k in order of first appearance (what
    /// ``Partition`` does, without hashing).
    static func renumbered(_ labels: [Int]) -> [Int] {
        var code = [Int](repeating: -1, count: labels.count)
        var next = 0
        return labels.map { label in
            if code[label] < 0 {
                code[label] = next
                next += 1
            }
            return code[label]
        }
    }
}
