/// Single-source shortest paths with path counts, the first phase of Brandes' algorithm and the
/// distances that closeness and harmonic centrality read.
///
/// Breadth-first search when unweighted (every edge has length 1), Dijkstra with a binary heap
/// when edge weights are lengths (NetworkX and igraph read a `weight` as a distance in path
/// measures; weights must be positive). The workspace is allocated once per thread and reused
/// for every source, so a run allocates nothing per source.
///
/// - Complexity: O(m) per source unweighted, O(m log n) weighted.
struct ShortestPaths {
    /// Distance from the source; `.infinity` when unreachable.
    var distance: [Double]
    /// Number of shortest paths from the source.
    var sigma: [Double]
    /// Reached nodes in order of non-decreasing distance.
    var order: [Int32]
    private var heap: [(Double, Int32)] = []
    private var settled: [Bool]

    init(nodeCount: Int) {
        distance = [Double](repeating: .infinity, count: nodeCount)
        sigma = [Double](repeating: 0, count: nodeCount)
        order = []
        order.reserveCapacity(nodeCount)
        settled = [Bool](repeating: false, count: nodeCount)
    }

    /// Runs from `source` along out-edges, or along in-edges when `reverse` (the distances to
    /// the source rather than from it).
    mutating func run(_ graph: CSRGraph, from source: Int, weighted: Bool, reverse: Bool = false) {
        for v in order {
            distance[Int(v)] = .infinity
            sigma[Int(v)] = 0
            settled[Int(v)] = false
        }
        order.removeAll(keepingCapacity: true)
        let offsets = reverse ? graph.inOffsets : graph.offsets
        let targets = reverse ? graph.inSources : graph.targets
        let lengths = reverse ? graph.inWeights : graph.weights
        distance[source] = 0
        sigma[source] = 1
        if weighted {
            dijkstra(source, offsets, targets, lengths)
        } else {
            breadthFirst(source, offsets, targets)
        }
    }

    private mutating func breadthFirst(_ source: Int, _ offsets: [Int], _ targets: [Int32]) {
        order.append(Int32(source))
        var head = 0
        offsets.withUnsafeBufferPointer { offsets in
            targets.withUnsafeBufferPointer { targets in
                distance.withUnsafeMutableBufferPointer { distance in
                    sigma.withUnsafeMutableBufferPointer { sigma in
                        while head < order.count {
                            let v = Int(order[head])
                            head += 1
                            let next = distance[v] + 1
                            for slot in offsets[v]..<offsets[v + 1] {
                                let w = Int(targets[slot])
                                if distance[w] == .infinity {
                                    distance[w] = next
                                    order.append(Int32(w))
                                }
                                if distance[w] == next { sigma[w] += sigma[v] }
                            }
                        }
                    }
                }
            }
        }
    }

    private mutating func dijkstra(_ source: Int, _ offsets: [Int], _ targets: [Int32], _ lengths: [Double]) {
        heap.removeAll(keepingCapacity: true)
        push((0, Int32(source)))
        while let (d, v32) = pop() {
            let v = Int(v32)
            if settled[v] || d > distance[v] { continue }
            settled[v] = true
            order.append(v32)
            for slot in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[slot])
                if settled[w] { continue }
                let candidate = d + lengths[slot]
                if candidate < distance[w] {
                    distance[w] = candidate
                    sigma[w] = sigma[v]
                    push((candidate, Int32(w)))
                } else if candidate == distance[w] {
                    sigma[w] += sigma[v]
                }
            }
        }
    }

    private mutating func push(_ item: (Double, Int32)) {
        heap.append(item)
        var i = heap.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if heap[parent].0 <= heap[i].0 { break }
            heap.swapAt(parent, i)
            i = parent
        }
    }

    private mutating func pop() -> (Double, Int32)? {
        guard let top = heap.first else { return nil }
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1
                let r = l + 1
                var smallest = i
                if l < heap.count && heap[l].0 < heap[smallest].0 { smallest = l }
                if r < heap.count && heap[r].0 < heap[smallest].0 { smallest = r }
                if smallest == i { break }
                heap.swapAt(i, smallest)
                i = smallest
            }
        }
        return top
    }
}
