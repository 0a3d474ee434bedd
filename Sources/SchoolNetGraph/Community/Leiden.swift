import Dispatch
import RealModule

/// What the Leiden method optimises.
public enum LeidenObjective: String, CaseIterable, Sendable {
    /// Newman's modularity with resolution γ: communities denser than a random graph of the same
    /// degrees would make them.
    case modularity
    /// The constant Potts model (Traag, Van Dooren and Nesterov 2011): communities whose inner
    /// density exceeds γ, whatever the degrees; γ is then a density between 0 and the largest
    /// tie weight.
    case cpm
}

public struct LeidenOptions: Sendable, Equatable {
    public var objective: LeidenObjective
    /// Use edge weights.
    public var weighted: Bool
    /// γ: for modularity, above 1 favours smaller communities; for CPM, the inner density a
    /// community must exceed.
    public var resolution: Double
    /// The seed of the visiting orders and of the refinement's random choices.
    public var seed: UInt64
    /// θ, how random the refinement's choice of a sub-community is, in units of the objective
    /// (tie weight): near 0 it takes the best merge, higher explores more. 0.01 as in the paper.
    public var randomness: Double
    /// Rounds of the whole method, each starting from the last one's partition; nil repeats until
    /// a round changes nothing (igraph's `n_iterations < 0`).
    public var iterations: Int?

    public init(
        objective: LeidenObjective = .modularity, weighted: Bool = false, resolution: Double = 1, seed: UInt64 = 1,
        randomness: Double = 0.01, iterations: Int? = nil
    ) {
        self.objective = objective
        self.weighted = weighted
        self.resolution = resolution
        self.seed = seed
        self.randomness = randomness
        self.iterations = iterations.map { max(1, $0) }
    }
}

extension CSRGraph {
    /// Communities by the Leiden method (Traag, Waltman and van Eck 2019,
    /// doi:10.1038/s41598-019-41695-z). Each round: move nodes quickly (a queue holds only the
    /// nodes whose neighbourhood changed); refine each community by merging its singletons into
    /// well-connected sub-communities, chosen at random with probability ∝ exp(gain / θ) among
    /// those that do not lower the objective; merge each sub-community into one node, starting
    /// it in its parent's community; repeat until each community is one node. Rounds repeat from
    /// the last partition until nothing changes (or ``LeidenOptions/iterations``).
    ///
    /// Large levels use both cores and stay deterministic: local moving in two halves
    /// (`MovingSplit`), refinement in two parts of the communities, aggregation in two halves
    /// of the sub-communities.
    ///
    /// Unlike Louvain, every community is γ-connected — in particular connected — after each
    /// round (the refinement guarantees it; local moving, which visits only the nodes whose
    /// neighbourhood changed, may leave a few nodes that could still gain by moving).
    ///
    /// - Returns: the partition and its quality: modularity (as ``modularity(_:weighted:resolution:)``)
    ///   or CPM's `Σ_c [2 w_c − γ n_c (n_c − 1)]` (``cpmQuality(_:weighted:resolution:)``).
    /// - Complexity: about O(m) per pass; a few passes per level, a few levels, a few rounds.
    /// - Matches: the method of igraph `Graph.community_leiden` and the `leidenalg` package; their
    ///   partitions depend on their random streams, so agreement is tested on quality.
    public func leiden(_ options: LeidenOptions = LeidenOptions()) -> (partition: Partition, quality: Double) {
        precondition(!isDirected, "leiden(): undirected graphs only")
        let level = LeidenLevel(self, weighted: options.weighted, objective: options.objective)
        let penalty = level.penaltyScale(options)
        var generator = SplitMix64(seed: options.seed)
        var membership = Array(0..<nodeCount)
        var round = 0
        while true {
            let next = level.run(from: membership, penalty: penalty, options: options, using: &generator)
            round += 1
            // Both renumbered in order of first appearance: equal partitions are equal arrays.
            let renumbered = Partition(next).membership
            let unchanged = renumbered == membership
            membership = renumbered
            if unchanged || round == (options.iterations ?? Int.max) { break }
        }
        let partition = Partition(membership)
        let quality =
            options.objective == .modularity
            ? modularity(partition, weighted: options.weighted, resolution: options.resolution)
            : cpmQuality(partition, weighted: options.weighted, resolution: options.resolution)
        return (partition, quality)
    }

    /// The constant Potts model's quality of a partition: `Σ_c [2 w_c − γ n_c (n_c − 1)]`, the sum
    /// over ordered pairs of distinct nodes in one community of `A_ij − γ`, with w_c the (weight
    /// of the) edges inside community c and n_c its size (Traag, Van Dooren and Nesterov 2011,
    /// doi:10.1103/PhysRevE.84.016114). O(n + m).
    /// Matches: `leidenalg.CPMVertexPartition.quality()` on an undirected graph.
    public func cpmQuality(_ partition: Partition, weighted: Bool = false, resolution: Double) -> Double {
        var inside = 0.0
        for v in 0..<nodeCount {
            for slot in offsets[v]..<offsets[v + 1]
            where partition.membership[Int(targets[slot])] == partition.membership[v] {
                inside += weighted ? weights[slot] : 1
            }
        }
        let pairs = partition.communities.reduce(0.0) { $0 + Double($1.count) * Double($1.count - 1) }
        // `inside` counts each edge from both ends: 2 w_c.
        return inside - resolution * pairs
    }
}

/// One level of the Leiden method: a weighted graph of (merged) nodes, each with a node weight
/// (its strength for modularity, its size for CPM) and the weight of the ties inside it.
///
/// The objective in this form is `H = Σ_c [w_c − penalty · K_c²]`, with K_c the sum of node
/// weights in c: modularity is H / m with penalty γ / 4m; CPM differs from H by the constant
/// γ n / 2 with penalty γ / 2. Moving node v (weight a) into c gains `w(v, c) − 2 · penalty · a · K_c`.
struct LeidenLevel {
    var rows: CommunityGraph
    var nodeWeight: [Double]
    /// m, the total tie weight of the original graph.
    var totalWeight: Double
    /// Whether every tie weighs 1 (an unweighted graph's first level): ties are then counted in
    /// integers.
    var unitWeights = false
    /// For large levels, the halves their nodes first move in side by side.
    var split: MovingSplit?

    var nodeCount: Int { rows.nodeCount }

    init(_ graph: CSRGraph, weighted: Bool, objective: LeidenObjective) {
        rows = CommunityGraph(graph, weighted: weighted, droppingSelfTies: true)
        let strength = rows.strengths()
        nodeWeight = objective == .modularity ? strength : [Double](repeating: 1, count: graph.nodeCount)
        totalWeight = strength.reduce(0, +) / 2
        unitWeights = !weighted || rows.weights.allSatisfy { $0 == 1 }
        split = MovingSplit(rows)
    }

    init(rows: CommunityGraph, nodeWeight: [Double], totalWeight: Double) {
        self.rows = rows
        self.nodeWeight = nodeWeight
        self.totalWeight = totalWeight
        split = MovingSplit(rows)
    }

    func penaltyScale(_ options: LeidenOptions) -> Double {
        switch options.objective {
        case .modularity: totalWeight > 0 ? options.resolution / (4 * totalWeight) : 0
        case .cpm: options.resolution / 2
        }
    }

    /// One round from `start` (a community per original node): returns the community of each
    /// original node.
    func run(from start: [Int], penalty: Double, options: LeidenOptions, using generator: inout SplitMix64) -> [Int] {
        var level = self
        // The level node each original node is in, and the community of each level node.
        var place = Array(0..<nodeCount)
        var community = CommunityGraph.renumbered(start)
        while true {
            level.moveNodesFast(&community, penalty: penalty, using: &generator)
            let communityCount = (community.max() ?? -1) + 1
            if communityCount == level.nodeCount { break }
            let refined = level.refine(community, penalty: penalty, randomness: options.randomness, using: &generator)
            let refinedCount = (refined.max() ?? -1) + 1
            // Nothing merged inside any community: the next level would be this one.
            if refinedCount == level.nodeCount { break }
            var parent = [Int](repeating: 0, count: refinedCount)
            for v in refined.indices { parent[refined[v]] = community[v] }
            level = level.aggregated(by: refined, count: refinedCount)
            place = place.map { refined[$0] }
            community = parent
        }
        return place.map { community[$0] }
    }

    /// Local moving with a queue (the paper's FastLocalMoveNodes): each node taken from the queue
    /// goes to the neighbouring or empty community of best gain (staying on ties); when it moves,
    /// its neighbours outside its new community rejoin the queue. Communities are renumbered
    /// 0..<k in order of first appearance on return.
    mutating func moveNodesFast(_ community: inout [Int], penalty: Double, using generator: inout SplitMix64) {
        let n = nodeCount
        var label = community.map { Int32(truncatingIfNeeded: $0) }
        var total = [Double](repeating: 0, count: n)
        var size = [Int32](repeating: 0, count: n)
        for v in 0..<n {
            total[community[v]] += nodeWeight[v]
            size[community[v]] += 1
        }
        var order = Array(0..<n)
        order.shuffle(using: &generator)
        var queued = order
        if let split {
            // Large levels: each half moves first on a core of its own, then the nodes at the
            // border between the halves are looked at again.
            label = movesInHalves(split, label: label, total: total, size: size, order: order, penalty: penalty)
            total = [Double](repeating: 0, count: n)
            size = [Int32](repeating: 0, count: n)
            for v in 0..<n {
                total[Int(label[v])] += nodeWeight[v]
                size[Int(label[v])] += 1
            }
            queued = order.filter { split.border[$0] }
        }
        var empty = (0..<n).filter { size[$0] == 0 }
        localMoves(label: &label, total: &total, size: &size, empty: &empty, queued: queued, penalty: penalty)
        community = CommunityGraph.renumbered(label.map(Int.init))
    }

    /// Moves the nodes of `queued`, in that order, and the neighbours they unsettle, until none
    /// is left (``moveNodesFast(_:penalty:using:)``), updating the communities' totals and sizes;
    /// `empty` holds the empty communities a node may start; only the nodes of `movable` (all
    /// when nil) move, and a community emptied on the way may be started again only then.
    func localMoves(
        label: inout [Int32], total: inout [Double], size: inout [Int32], empty: inout [Int], queued: [Int],
        penalty: Double, movable: Range<Int>? = nil
    ) {
        let n = nodeCount
        var queue = RingQueue(queued, nodeCount: n)
        var weightTo = [Double](repeating: 0, count: unitWeights ? 0 : n)
        var met = [Bool](repeating: false, count: unitWeights ? 0 : n)
        var countTo = [Int32](repeating: 0, count: unitWeights ? n : 0)
        var touched = [Int32](repeating: 0, count: n)
        rows.withRows { offsets, targets, weights in
            nodeWeight.withUnsafeBufferPointer { nodeWeight in
                label.withUnsafeMutableBufferPointer { label in
                    total.withUnsafeMutableBufferPointer { total in
                        size.withUnsafeMutableBufferPointer { size in
                            touched.withUnsafeMutableBufferPointer { touched in
                                let loop = FastMoves(
                                    offsets: offsets, targets: targets, nodeWeight: nodeWeight,
                                    community: label, total: total, size: size, touched: touched,
                                    penalty: penalty, movable: movable ?? 0..<n,
                                    reusesEmptied: movable == nil)
                                if unitWeights {
                                    countTo.withUnsafeMutableBufferPointer { countTo in
                                        loop.run(queue: &queue, empty: &empty, tally: UnitTally(count: countTo))
                                    }
                                } else {
                                    weightTo.withUnsafeMutableBufferPointer { weightTo in
                                        met.withUnsafeMutableBufferPointer { met in
                                            loop.run(
                                                queue: &queue, empty: &empty,
                                                tally: WeightTally(
                                                    weights: weights, weightTo: weightTo, met: met))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The arrays of ``moveNodesFast(_:penalty:using:)`` as raw buffers, and its loop.
    struct FastMoves {
        let offsets: UnsafeBufferPointer<Int>
        let targets: UnsafeBufferPointer<Int32>
        let nodeWeight: UnsafeBufferPointer<Double>
        let community: UnsafeMutableBufferPointer<Int32>
        let total: UnsafeMutableBufferPointer<Double>
        let size: UnsafeMutableBufferPointer<Int32>
        let touched: UnsafeMutableBufferPointer<Int32>
        let penalty: Double
        /// The nodes that may move (and rejoin the queue).
        let movable: Range<Int>
        /// Whether a community its last node leaves may be started again. Not in a half of a
        /// split level: the other half may still see that community's old members and join it.
        let reusesEmptied: Bool

        func run<Tally: NeighbourTally>(queue: inout RingQueue, empty: inout [Int], tally: Tally) {
            while let v = queue.pop() {
                let current = Int(community[v])
                let row = offsets[v]..<offsets[v + 1]
                let touchedCount = tally.gather(row: row, targets: targets, community: community, touched: touched)
                total[current] -= nodeWeight[v]
                size[current] -= 1
                let scale = 2 * penalty * nodeWeight[v]
                var best = current
                var bestGain = tally.weight(current) - scale * total[current]
                for k in 0..<touchedCount {
                    let c = Int(touched[k])
                    let gain = tally.take(c) - scale * total[c]
                    if c != current && gain > bestGain + 1e-12 {
                        best = c
                        bestGain = gain
                    }
                }
                _ = tally.take(current)
                // An empty community gains 0; it is a real choice only when v leaves others behind.
                if size[current] > 0, bestGain < -1e-12, let free = empty.last {
                    best = free
                    empty.removeLast()
                }
                total[best] += nodeWeight[v]
                size[best] += 1
                if reusesEmptied && size[current] == 0 && best != current { empty.append(current) }
                guard best != current else { continue }
                community[v] = Int32(truncatingIfNeeded: best)
                for slot in row {
                    let u = Int(targets[slot])
                    queue.push(u, if: Int(community[u]) != best && movable.contains(u))
                }
            }
        }
    }

    /// The refinement (the paper's RefinePartition): inside each community, every node starts
    /// alone; in random order, each node still alone and well connected to the rest of its
    /// community joins a sub-community S of it that is itself well connected
    /// (`w(S, C − S) ≥ 2 · penalty · K_S (K_C − K_S)`) and whose gain is not negative, chosen with
    /// probability ∝ exp(gain / θ). Returns the sub-community of each node, numbered 0..<k.
    func refine(_ community: [Int], penalty: Double, randomness: Double, using generator: inout SplitMix64)
        -> [Int]
    {
        let n = nodeCount
        let community = community.map { Int32(truncatingIfNeeded: $0) }
        var refined = (0..<n).map { Int32(truncatingIfNeeded: $0) }
        var refinedWeight = nodeWeight
        var refinedSize = [Int32](repeating: 1, count: n)
        var communityWeight = [Double](repeating: 0, count: n)
        for v in 0..<n { communityWeight[Int(community[v])] += nodeWeight[v] }
        var order = Array(0..<n)
        order.shuffle(using: &generator)
        // The weight from each sub-community (at first, each node) to the rest of its community;
        // each part fills in its own nodes'.
        var outward = [Double](repeating: 0, count: n)
        // Communities refine independently of one another. Large levels split them, in order of
        // number, into two parts of about equal ties, refined side by side, each part with its
        // own generator drawn from this one, so the result does not depend on the machine.
        let parts = n >= CommunityGraph.twoCoreNodes ? 2 : 1
        var part = [UInt8](repeating: 0, count: n)
        if parts == 2 {
            var ties = [Int](repeating: 0, count: n)
            for v in 0..<n { ties[Int(community[v])] += rows.offsets[v + 1] - rows.offsets[v] + 1 }
            let half = (rows.targets.count + n) / 2
            var sum = 0
            for c in 0..<n {
                if sum >= half { part[c] = 1 }
                sum += ties[c]
            }
        }
        var generators =
            parts == 1 ? [generator] : [SplitMix64(seed: generator.next()), SplitMix64(seed: generator.next())]
        let unitWeights = unitWeights
        var widest = 0
        for v in 0..<n { widest = max(widest, rows.offsets[v + 1] - rows.offsets[v]) }
        rows.withRows { offsets, targets, weights in
            nodeWeight.withUnsafeBufferPointer { nodeWeight in
                community.withUnsafeBufferPointer { community in
                    refined.withUnsafeMutableBufferPointer { refined in
                        refinedWeight.withUnsafeMutableBufferPointer { refinedWeight in
                            refinedSize.withUnsafeMutableBufferPointer { refinedSize in
                                outward.withUnsafeMutableBufferPointer { outward in
                                    communityWeight.withUnsafeBufferPointer { communityWeight in
                                        order.withUnsafeBufferPointer { order in
                                            part.withUnsafeBufferPointer { part in
                                                generators.withUnsafeMutableBufferPointer { generators in
                                                    let work = Refinement(
                                                        offsets: offsets, targets: targets, weights: weights,
                                                        nodeWeight: nodeWeight, community: community,
                                                        communityWeight: communityWeight, order: order,
                                                        part: part, refined: refined,
                                                        refinedWeight: refinedWeight, refinedSize: refinedSize,
                                                        outward: outward, generators: generators,
                                                        penalty: penalty, randomness: randomness,
                                                        unitWeights: unitWeights, widest: widest)
                                                    if parts == 1 {
                                                        work.run(part: 0)
                                                    } else {
                                                        DispatchQueue.concurrentPerform(iterations: 2) {
                                                            work.run(part: $0)
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        if parts == 1 { generator = generators[0] }
        return CommunityGraph.renumbered(refined.map(Int.init))
    }

    /// The refinement's arrays as raw buffers. A part writes only the entries of its own
    /// communities' nodes (a sub-community is numbered by one of its nodes), so two parts never
    /// write the same entry.
    struct Refinement: @unchecked Sendable {
        let offsets: UnsafeBufferPointer<Int>
        let targets: UnsafeBufferPointer<Int32>
        let weights: UnsafeBufferPointer<Double>
        let nodeWeight: UnsafeBufferPointer<Double>
        let community: UnsafeBufferPointer<Int32>
        let communityWeight: UnsafeBufferPointer<Double>
        let order: UnsafeBufferPointer<Int>
        let part: UnsafeBufferPointer<UInt8>
        let refined: UnsafeMutableBufferPointer<Int32>
        let refinedWeight: UnsafeMutableBufferPointer<Double>
        let refinedSize: UnsafeMutableBufferPointer<Int32>
        let outward: UnsafeMutableBufferPointer<Double>
        let generators: UnsafeMutableBufferPointer<SplitMix64>
        let penalty: Double
        let randomness: Double
        let unitWeights: Bool
        /// The longest row: a node's candidates are at most its row and itself.
        let widest: Int

        /// Refines the communities of part `p`, visiting their nodes in `order`.
        func run(part p: Int) {
            let n = refined.count
            // Each node's weight to the rest of its community.
            for v in 0..<n where Int(part[Int(community[v])]) == p {
                let c = community[v]
                var sum = 0.0
                for slot in offsets[v]..<offsets[v + 1] where community[Int(targets[slot])] == c {
                    sum += unitWeights ? 1 : weights[slot]
                }
                outward[v] = sum
            }
            let touched = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
            defer { touched.deallocate() }
            if unitWeights {
                let count = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
                count.initialize(repeating: 0)
                defer { count.deallocate() }
                merge(part: p, tally: UnitTally(count: count), touched: touched)
            } else {
                let weightTo = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
                weightTo.initialize(repeating: 0)
                let met = UnsafeMutableBufferPointer<Bool>.allocate(capacity: n)
                met.initialize(repeating: false)
                defer {
                    weightTo.deallocate()
                    met.deallocate()
                }
                merge(part: p, tally: WeightTally(weights: weights, weightTo: weightTo, met: met), touched: touched)
            }
        }

        /// Each node of part `p` still alone and well connected joins a well-connected
        /// sub-community of non-negative gain, drawn with probability ∝ exp(gain / θ).
        private func merge<Tally: NeighbourTally>(part p: Int, tally: Tally, touched: UnsafeMutableBufferPointer<Int32>)
        {
            var candidates = Candidates(capacity: widest + 1)
            var generator = generators[p]
            for v in order where Int(part[Int(community[v])]) == p && refinedSize[Int(refined[v])] == 1 {
                let c = community[v]
                let a = nodeWeight[v]
                let rest = communityWeight[Int(c)]
                guard outward[v] >= 2 * penalty * a * (rest - a) - 1e-12 else { continue }
                var touchedCount = 0
                for slot in offsets[v]..<offsets[v + 1] {
                    let u = Int(targets[slot])
                    guard community[u] == c else { continue }
                    tally.add(slot: slot, community: Int(refined[u]), touched: touched, count: &touchedCount)
                }
                // Staying alone gains 0.
                let own = Int(refined[v])
                candidates.reset(own, gain: 0, weight: 0)
                for k in 0..<touchedCount {
                    let sub = Int(touched[k])
                    let weight = tally.take(sub)
                    guard sub != own else { continue }
                    let size = refinedWeight[sub]
                    let wellConnected = outward[sub] >= 2 * penalty * size * (rest - size) - 1e-12
                    let gain = weight - 2 * penalty * a * size
                    if wellConnected && gain >= 0 { candidates.append(sub, gain: gain, weight: weight) }
                }
                let pick = candidates.choose(randomness: randomness, using: &generator)
                let chosen = candidates.sub(pick)
                if chosen != own {
                    outward[chosen] += outward[own] - 2 * candidates.weight(pick)
                    refinedWeight[chosen] += a
                    refinedSize[chosen] += 1
                    refinedSize[own] = 0
                    refined[v] = Int32(truncatingIfNeeded: chosen)
                }
            }
            generators[p] = generator
        }
    }

    /// The sub-communities a node may join, with their gains and the node's weight to each, in
    /// storage allocated once (room for a whole row and the node's own) and read without checks.
    struct Candidates: ~Copyable {
        private let subs: UnsafeMutablePointer<Int32>
        private let gains: UnsafeMutablePointer<Double>
        private let weights: UnsafeMutablePointer<Double>
        private let odds: UnsafeMutablePointer<Double>
        private var count = 0
        /// The first candidate of highest gain.
        private var best = 0

        init(capacity: Int) {
            subs = .allocate(capacity: capacity)
            gains = .allocate(capacity: capacity)
            weights = .allocate(capacity: capacity)
            odds = .allocate(capacity: capacity)
        }

        deinit {
            subs.deallocate()
            gains.deallocate()
            weights.deallocate()
            odds.deallocate()
        }

        func sub(_ k: Int) -> Int { Int(subs[k]) }
        func weight(_ k: Int) -> Double { weights[k] }

        mutating func reset(_ sub: Int, gain: Double, weight: Double) {
            count = 0
            best = 0
            append(sub, gain: gain, weight: weight)
        }

        @inline(__always)
        mutating func append(_ sub: Int, gain: Double, weight: Double) {
            subs[count] = Int32(truncatingIfNeeded: sub)
            gains[count] = gain
            weights[count] = weight
            if gain > gains[best] { best = count }
            count += 1
        }

        /// The index of a candidate drawn with probability ∝ exp(gain / θ) (the best one, the
        /// first on ties, when θ is 0 or there is one).
        func choose(randomness: Double, using generator: inout SplitMix64) -> Int {
            guard randomness > 0, count > 1 else { return best }
            let top = gains[best]
            var sum = 0.0
            for k in 0..<count {
                let exponent = (gains[k] - top) / randomness
                // Below e^-60 (1e-26) an odd cannot change a sum that holds the best candidate's
                // 1 and would be drawn with probability below 1e-26: it counts as 0, unexponentiated.
                let odd = exponent < -60 ? 0 : Double.exp(exponent)
                odds[k] = odd
                sum += odd
            }
            var draw = Double.random(in: 0..<sum, using: &generator)
            for k in 0..<count {
                draw -= odds[k]
                if draw < 0 { return k }
            }
            return best
        }
    }

    /// The graph of sub-communities: one node each, node weights and tie weights summed, the
    /// weight inside as a self-loop.
    func aggregated(by groups: [Int], count: Int) -> LeidenLevel {
        var weight = [Double](repeating: 0, count: count)
        for v in 0..<nodeCount { weight[groups[v]] += nodeWeight[v] }
        return LeidenLevel(
            rows: rows.aggregated(by: groups, count: count, unitWeights: unitWeights, parallel: true),
            nodeWeight: weight,
            totalWeight: totalWeight)
    }
}
