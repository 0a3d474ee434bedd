/// Breadth-first search for the distance sums of closeness and harmonic centrality on an
/// unweighted graph, on raw buffers: levels only (no path counts), reset by the queue it filled,
/// nothing allocated per source.
struct BreadthFirstDistances {
    private var level: [Int32]
    private var queue: [Int32]

    init(nodeCount n: Int) {
        level = [Int32](repeating: -1, count: n)
        queue = [Int32](repeating: 0, count: n)
    }

    /// From `source` along in-edges (the distances *to* the source): the number of other nodes
    /// reached, the sum of their distances and the sum of their reciprocals.
    mutating func sums(_ graph: CSRGraph, to source: Int) -> (reached: Int, total: Double, harmonic: Double) {
        var reached = 0, total = 0, harmonic = 0.0
        graph.inOffsets.withUnsafeBufferPointer { offsets in
        graph.inSources.withUnsafeBufferPointer { sources in
        level.withUnsafeMutableBufferPointer { level in
        queue.withUnsafeMutableBufferPointer { queue in
            var head = 0, tail = 1
            queue[0] = Int32(source)
            level[source] = 0
            while head < tail {
                let v = Int(queue[head])
                head += 1
                let next = level[v] + 1
                for slot in offsets[v]..<offsets[v + 1] {
                    let w = Int(sources[slot])
                    if level[w] < 0 {
                        level[w] = next
                        queue[tail] = Int32(w)
                        tail += 1
                        total += Int(next)
                        harmonic += 1 / Double(next)
                    }
                }
            }
            reached = tail - 1
            for k in 0..<tail { level[Int(queue[k])] = -1 }
        }}}}
        return (reached, Double(total), harmonic)
    }
}
