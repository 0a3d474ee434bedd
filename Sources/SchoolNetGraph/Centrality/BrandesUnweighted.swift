/// Brandes' two phases for one source of an unweighted graph, on raw buffers: the hot loop of
/// exact betweenness. Nothing is allocated per source.
///
/// - The first phase, a breadth-first search counting shortest paths σ, writes down the edges
///   of the shortest-path DAG as it meets them: each scanned node's successors (neighbours one
///   level further), node after node in queue order. On school networks most edges join schools
///   at the same distance from the source (the members of one cluster), so the DAG holds a small
///   share of the edges: about one in six on an England-scale landscape.
/// - The second phase reads only the DAG, and *pulls* instead of pushing: walking the queue
///   backwards, a node v sums its successors' coefficients c(w) = (1 + δ(w)) / σ(w), S(v) = Σ c(w);
///   then δ(v) = σ(v)·S(v) and c(v) = 1/σ(v) + S(v), kept in σ's slot. Every node writes only its
///   own slot. This is the successor form of Brandes' recurrence of Madduri et al. 2009 ("A
///   faster parallel algorithm and efficient multithreaded implementations for evaluating
///   betweenness centrality on massive datasets", IPDPS).
/// - Undirected, the search stops once every node of the component is found and the farthest
///   level is reached: its nodes have nobody left to reach and no successors.
/// - Levels are kept modulo the largest value of `Level`: in an undirected graph the neighbours
///   of a node at level L sit at L − 1, L or L + 1, which any modulus of 3 or more tells apart, so
///   one byte per node serves any depth and the level array of an England-scale network fits in
///   the first-level cache. Directed graphs, whose edges can lead back any number of levels, use
///   32 bits.
///
/// Replacing the push over in-rows with the recorded DAG made exact betweenness 1.8 times
/// faster on an England-scale landscape with overlapping clusters. Equivalent to
/// ``ShortestPaths`` followed by
/// ``CSRGraph/accumulateDependencies(_:source:weighted:multiplicity:delta:into:)`` for
/// unweighted graphs (directed ones follow out-rows); the reference tests check both against
/// NetworkX and igraph.
///
/// - Complexity: O(n + m) time per source; O(n + m) memory per instance (the DAG buffer holds
///   up to one entry per edge).
struct BrandesUnweighted<Level: FixedWidthInteger & UnsignedInteger> {
    /// Each node's level modulo `Level.max`; `Level.max` when not reached.
    private var level: [Level]
    /// σ in the first phase, then the coefficient in the second.
    private var value: [Double]
    private var queue: [Int32]
    /// The successors found in the first phase, node after node in the order of the queue: the
    /// edges of the shortest-path DAG, so that the second phase reads only those.
    private var successors: [Int32]
    /// Where the successors of the k-th node of the queue end in `successors`.
    private var successorEnd: [Int32]

    /// `edgeCount` bounds the DAG: an edge joins nodes one level apart in one direction only.
    init(nodeCount n: Int, edgeCount: Int) {
        level = [Level](repeating: .max, count: n)
        value = [Double](repeating: 0, count: n)
        queue = [Int32](repeating: 0, count: n)
        successors = [Int32](repeating: 0, count: max(1, edgeCount))
        successorEnd = [Int32](repeating: 0, count: n)
    }

    /// Adds `multiplicity ×` the dependencies of every node on `source` to `total`.
    /// `reachable` is the number of nodes the source reaches, itself included (its component's
    /// size when undirected), or `Int.max` when unknown.
    mutating func accumulate(
        _ rows: LocalityOrder, source: Int, reachable: Int = .max, multiplicity: Double, into total: inout [Double]
    ) {
        rows.offsets.withUnsafeBufferPointer { offsets in
            rows.targets.withUnsafeBufferPointer { targets in
                level.withUnsafeMutableBufferPointer { level in
                    value.withUnsafeMutableBufferPointer { value in
                        queue.withUnsafeMutableBufferPointer { queue in
                            successors.withUnsafeMutableBufferPointer { successors in
                                successorEnd.withUnsafeMutableBufferPointer { successorEnd in
                                    total.withUnsafeMutableBufferPointer { total in
                                        Self.run(
                                            offsets, targets, level, value, queue, successors, successorEnd, total,
                                            source: source, reachable: reachable, multiplicity: multiplicity)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func run(
        _ offsets: UnsafeBufferPointer<Int>, _ targets: UnsafeBufferPointer<Int32>,
        _ level: UnsafeMutableBufferPointer<Level>, _ value: UnsafeMutableBufferPointer<Double>,
        _ queue: UnsafeMutableBufferPointer<Int32>, _ successors: UnsafeMutableBufferPointer<Int32>,
        _ successorEnd: UnsafeMutableBufferPointer<Int32>, _ total: UnsafeMutableBufferPointer<Double>,
        source: Int, reachable: Int, multiplicity: Double
    ) {
        // Phase 1: breadth-first search counting shortest paths and recording the DAG's edges.
        // It stops at the farthest level: once every reachable node is found, the nodes of the
        // level being scanned have nobody left to reach.
        let unreached = Level.max
        var head = 0
        var tail = 1
        var found = 0
        queue[0] = Int32(source)
        level[source] = 0
        value[source] = 1
        var farthest: Level = 0
        var farthestStart = 0
        while head < tail {
            if tail >= reachable && head >= farthestStart { break }
            let v = Int(queue[head])
            let next = after(level[v])
            let sv = value[v]
            for slot in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[slot])
                if level[w] == unreached {
                    level[w] = next
                    if farthest != next {
                        farthest = next
                        farthestStart = tail
                    }
                    queue[tail] = Int32(w)
                    tail += 1
                }
                if level[w] == next {
                    value[w] += sv
                    successors[found] = Int32(w)
                    found += 1
                }
            }
            successorEnd[head] = Int32(found)
            head += 1
        }
        // Phase 2: from the farthest back, each node pulls its successors' coefficients. Nodes
        // the first phase did not scan (the farthest level) have none.
        var i = tail - 1
        while i >= head {
            let v = Int(queue[i])
            value[v] = 1 / value[v]
            i -= 1
        }
        while i > 0 {
            let v = Int(queue[i])
            var sum = 0.0
            for k in Int(successorEnd[i - 1])..<Int(successorEnd[i]) { sum += value[Int(successors[k])] }
            let sigma = value[v]
            total[v] += multiplicity * (sigma * sum)
            value[v] = 1 / sigma + sum
            i -= 1
        }
        // Reset only what this source touched.
        for k in 0..<tail {
            let v = Int(queue[k])
            level[v] = unreached
            value[v] = 0
        }
    }

    /// The level after `level`, modulo `Level.max`.
    @inline(__always)
    private static func after(_ level: Level) -> Level {
        level == Level.max - 1 ? 0 : level + 1
    }
}
