/// Breadth-first searches from up to ``batchSize`` sources at once, for the distance sums of
/// closeness and harmonic centrality on an unweighted graph: the multi-source BFS of Then et al.
/// 2014 ("The more the merrier: efficient multi-source graph traversal", PVLDB 8(4)).
///
/// Each node holds one bit per source of the batch: `seen` (the sources that have reached it),
/// `visit` (the sources whose frontier it is on) and `next`. One level ORs each frontier node's
/// `visit` bits into its neighbours' `next`, so one pass over an edge serves every source whose
/// search crosses it at that level, where separate searches would cross it once each. Levels
/// only: no path counts.
///
/// - Complexity: O(L · m / w + R) per batch of sources, where L is the number of levels, w the
///   batch width in machine words' worth of sources and R the number of (source, node) pairs
///   reached; nothing allocated per batch.
struct MultiSourceDistances {
    /// Sources per batch: one bit each in a `Bits` vector.
    static let batchSize = Bits.scalarCount * UInt64.bitWidth

    typealias Bits = SIMD4<UInt64>

    /// The distance sums to each source of a batch, indexed by its position in the batch.
    struct Sums {
        var reached: [Int]
        var total: [Double]
        var harmonic: [Double]
    }

    private var seen: [Bits]
    private var visit: [Bits]
    private var next: [Bits]
    private var touched: [Bool]
    private var frontier: [Int32]
    private var reachedNext: [Int32]
    private var newAtLevel: [Int]

    init(nodeCount n: Int) {
        seen = [Bits](repeating: .zero, count: n)
        visit = [Bits](repeating: .zero, count: n)
        next = [Bits](repeating: .zero, count: n)
        touched = [Bool](repeating: false, count: n)
        frontier = []
        reachedNext = []
        newAtLevel = [Int](repeating: 0, count: Self.batchSize)
        frontier.reserveCapacity(n)
        reachedNext.reserveCapacity(n)
    }

    /// From each of `sources` (at most ``batchSize``) along in-edges, that is the distances *to*
    /// each source: the number of other nodes reached, the sum of their distances and the sum of
    /// their reciprocals (added level by level, in level order).
    mutating func sums(_ graph: CSRGraph, to sources: ArraySlice<Int>) -> Sums {
        precondition(sources.count <= Self.batchSize)
        let width = sources.count
        var result = Sums(
            reached: [Int](repeating: 0, count: width),
            total: [Double](repeating: 0, count: width),
            harmonic: [Double](repeating: 0, count: width))
        frontier.removeAll(keepingCapacity: true)
        for (bit, source) in sources.enumerated() {
            var mark = Bits.zero
            mark[bit / UInt64.bitWidth] = 1 << UInt64(bit % UInt64.bitWidth)
            if seen[source] == .zero { frontier.append(Int32(source)) }
            seen[source] |= mark
            visit[source] |= mark
        }
        var level = 0
        while !frontier.isEmpty {
            level += 1
            advance(graph)
            countNewAtLevel()
            for bit in 0..<width where newAtLevel[bit] > 0 {
                let count = newAtLevel[bit]
                result.reached[bit] += count
                result.total[bit] += Double(count * level)
                result.harmonic[bit] += Double(count) / Double(level)
                newAtLevel[bit] = 0
            }
        }
        reset()
        return result
    }

    /// One level: ORs the frontier's `visit` bits into their in-neighbours' `next`, keeps the
    /// bits new to each node as its `visit` and makes the nodes with new bits the frontier.
    private mutating func advance(_ graph: CSRGraph) {
        graph.inOffsets.withUnsafeBufferPointer { offsets in
            graph.inSources.withUnsafeBufferPointer { sources in
                seen.withUnsafeMutableBufferPointer { seen in
                    visit.withUnsafeMutableBufferPointer { visit in
                        next.withUnsafeMutableBufferPointer { next in
                            touched.withUnsafeMutableBufferPointer { touched in
                                reachedNext.removeAll(keepingCapacity: true)
                                for v32 in frontier {
                                    let v = Int(v32)
                                    let bits = visit[v]
                                    visit[v] = .zero
                                    for slot in offsets[v]..<offsets[v + 1] {
                                        let w = Int(sources[slot])
                                        if !touched[w] {
                                            touched[w] = true
                                            reachedNext.append(Int32(w))
                                        }
                                        next[w] |= bits
                                    }
                                }
                                frontier.removeAll(keepingCapacity: true)
                                for w32 in reachedNext {
                                    let w = Int(w32)
                                    touched[w] = false
                                    let new = next[w] & ~seen[w]
                                    next[w] = .zero
                                    if new != .zero {
                                        seen[w] |= new
                                        visit[w] = new
                                        frontier.append(w32)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Counts, per source, the nodes the frontier holds for it (reached for the first time at
    /// this level).
    private mutating func countNewAtLevel() {
        visit.withUnsafeBufferPointer { visit in
            newAtLevel.withUnsafeMutableBufferPointer { counts in
                for w in frontier {
                    let bits = visit[Int(w)]
                    for word in 0..<Bits.scalarCount {
                        var rest = bits[word]
                        while rest != 0 {
                            counts[word * UInt64.bitWidth + rest.trailingZeroBitCount] += 1
                            rest &= rest - 1
                        }
                    }
                }
            }
        }
    }

    /// Clears the bits the last batch set (every node it reached is in `seen`).
    private mutating func reset() {
        for v in seen.indices where seen[v] != .zero {
            seen[v] = .zero
            visit[v] = .zero
        }
    }
}
