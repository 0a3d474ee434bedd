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

    /// Levels of this many nodes or more use both cores: Leiden moves their nodes in two halves
    /// (`MovingSplit`), refines their communities in two parts and merges them in two halves.
    /// Below it the work per level is too small to gain from a second core (on England, over
    /// six seeds, refining on two cores took Leiden from 177 ms to 140 ms on average).
    static let twoCoreNodes = 4_096

    /// Louvain runs its starts on two cores on graphs of this many ties (counted both ways, so
    /// 200,000 ties) or more; below it a start is shorter than a sleeping core can take to wake.
    static let twoCoreTies = 400_000

    /// Runs `body` on the rows as raw buffers (offsets, targets, weights), so that loops over
    /// every tie carry no bounds or uniqueness checks.
    func withRows<Result>(
        _ body: (UnsafeBufferPointer<Int>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Double>) throws -> Result
    ) rethrows -> Result {
        try offsets.withUnsafeBufferPointer { offsets in
            try targets.withUnsafeBufferPointer { targets in
                try weights.withUnsafeBufferPointer { weights in try body(offsets, targets, weights) }
            }
        }
    }

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
    /// in the order its members (ascending) first meet them. With `unitWeights` (every tie
    /// weighs 1 and no node has a self-loop: a first level) ties are counted in integers, which
    /// gives the same sums sooner. With `parallel`
    /// a large level's groups are merged in two halves of about equal ties on two cores, each
    /// row as it would be alone. O(n + m).
    func aggregated(by groups: [Int], count: Int, unitWeights: Bool = false, parallel: Bool = false)
        -> CommunityGraph
    {
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
        var halves = [0..<count]
        if parallel && groups.count >= Self.twoCoreNodes && count >= 2 {
            // The first group past half the ties starts the second half.
            var ties = 0
            var cut = count
            for g in 0..<count where cut == count {
                for v in members[start[g]..<start[g + 1]] { ties += offsets[v + 1] - offsets[v] }
                if ties >= targets.count / 2 { cut = g + 1 }
            }
            if cut < count { halves = [0..<cut, cut..<count] }
        }
        let graph = self
        let (ranges, groupMembers, groupStart) = (halves, members, start)
        let parts = Parallel.mapWithWorkspace(
            ranges.count, {},
            { k, _ in
                graph.mergedRows(
                    ranges[k], count: count, groups: groups, members: groupMembers, start: groupStart,
                    unitWeights: unitWeights)
            })
        var offsets = [0]
        offsets.reserveCapacity(count + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        var loops: [Double] = []
        for part in parts {
            offsets += part.rowEnds.lazy.map { $0 + targets.count }
            targets += part.targets
            weights += part.weights
            loops += part.loops
        }
        return CommunityGraph(offsets: offsets, targets: targets, weights: weights, selfLoop: loops)
    }

    /// The merged rows of the groups in `range`, given each group's members
    /// (`members[start[g] ..< start[g + 1]]`).
    private func mergedRows(
        _ range: Range<Int>, count: Int, groups: [Int], members: [Int], start: [Int], unitWeights: Bool
    ) -> MergedRows {
        var merged = MergedRows(count: count, unitWeights: unitWeights)
        // Raw buffers: every tie of the level is read here once, by group.
        groups.withUnsafeBufferPointer { groups in
            withRows { offsets, targets, weights in
                for g in range {
                    let rows = members[start[g]..<start[g + 1]].lazy.map { v in
                        (offsets[v]..<offsets[v + 1], self.selfLoop[v])
                    }
                    if unitWeights {
                        merged.addUnitGroup(g, rows: rows, groups: groups, targets: targets)
                    } else {
                        merged.addGroup(g, rows: rows, groups: groups, targets: targets, weights: weights)
                    }
                }
            }
        }
        return merged
    }

    /// The rows of consecutive groups of an aggregated level, built one group at a time.
    private struct MergedRows {
        /// Where each group's row ends in `targets`.
        var rowEnds: [Int] = []
        var targets: [Int32] = []
        var weights: [Double] = []
        var loops: [Double] = []
        /// Scratch, indexed by group: the weight (or count of ties) to it, and, for weights, the
        /// last group whose row met it (a tie of weight 0 leaves the weight at 0).
        var weightTo: [Double]
        var countTo: [Int32]
        var metBy: [Int]
        /// The groups met, in the order first met (for counts, with repeats past `found`).
        var listed: [Int32]

        /// Scratch for `count` groups: counts, or weights and marks.
        init(count: Int, unitWeights: Bool) {
            weightTo = [Double](repeating: 0, count: unitWeights ? 0 : count)
            countTo = [Int32](repeating: 0, count: unitWeights ? count : 0)
            metBy = [Int](repeating: -1, count: unitWeights ? 0 : count)
            listed = [Int32](repeating: 0, count: count + 1)
        }

        /// Group g from its members' rows, every tie weighing 1: without a branch per tie, each
        /// group met is written to `listed` and kept only when first met; ties inside count to g
        /// itself, which the row leaves out.
        mutating func addUnitGroup<Rows: Sequence<(Range<Int>, Double)>>(
            _ g: Int, rows: Rows, groups: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int32>
        ) {
            var inside = 0.0
            var found = 0
            countTo.withUnsafeMutableBufferPointer { countTo in
                listed.withUnsafeMutableBufferPointer { listed in
                    for (row, loop) in rows {
                        inside += loop
                        for slot in row {
                            let h = groups[Int(targets[slot])]
                            let k = countTo[h]
                            listed[found] = Int32(truncatingIfNeeded: h)
                            found &+= k == 0 ? 1 : 0
                            countTo[h] = k &+ 1
                        }
                    }
                }
            }
            loops.append(inside + Double(countTo[g]) / 2)
            countTo[g] = 0
            for k in 0..<found where Int(listed[k]) != g {
                let h = Int(listed[k])
                self.targets.append(Int32(h))
                self.weights.append(Double(countTo[h]))
                countTo[h] = 0
            }
            rowEnds.append(self.targets.count)
        }

        /// Group g from its members' rows and their tie weights.
        mutating func addGroup<Rows: Sequence<(Range<Int>, Double)>>(
            _ g: Int, rows: Rows, groups: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int32>,
            weights: UnsafeBufferPointer<Double>
        ) {
            var inside = 0.0
            var found = 0
            weightTo.withUnsafeMutableBufferPointer { weightTo in
                metBy.withUnsafeMutableBufferPointer { metBy in
                    listed.withUnsafeMutableBufferPointer { listed in
                        for (row, loop) in rows {
                            inside += loop
                            for slot in row {
                                let h = groups[Int(targets[slot])]
                                let w = weights[slot]
                                if h == g {
                                    inside += w / 2
                                } else {
                                    if metBy[h] != g {
                                        metBy[h] = g
                                        listed[found] = Int32(truncatingIfNeeded: h)
                                        found += 1
                                    }
                                    weightTo[h] += w
                                }
                            }
                        }
                    }
                }
            }
            loops.append(inside)
            for k in 0..<found {
                let h = Int(listed[k])
                self.targets.append(Int32(h))
                self.weights.append(weightTo[h])
                weightTo[h] = 0
            }
            rowEnds.append(self.targets.count)
        }
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
