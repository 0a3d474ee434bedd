/// Brandes' two phases for one source of an unweighted graph, on raw buffers: the hot loop of
/// exact betweenness. Distances are 32-bit levels, the queue doubles as the order of discovery,
/// and nothing is allocated per source. Equivalent to ``ShortestPaths`` followed by
/// ``CSRGraph/accumulateDependencies(_:source:weighted:multiplicity:delta:into:)`` for
/// unweighted graphs; the reference tests check both against NetworkX and igraph.
struct BrandesUnweighted {
    private var level: [Int32]
    private var sigma: [Double]
    private var delta: [Double]
    private var queue: [Int32]

    init(nodeCount n: Int) {
        level = [Int32](repeating: -1, count: n)
        sigma = [Double](repeating: 0, count: n)
        delta = [Double](repeating: 0, count: n)
        queue = [Int32](repeating: 0, count: n)
    }

    /// Adds `multiplicity ×` the dependencies of every node on `source` to `total`.
    mutating func accumulate(_ graph: CSRGraph, source: Int, multiplicity: Double, into total: inout [Double]) {
        graph.offsets.withUnsafeBufferPointer { offsets in
            graph.targets.withUnsafeBufferPointer { targets in
                graph.inOffsets.withUnsafeBufferPointer { inOffsets in
                    graph.inSources.withUnsafeBufferPointer { inSources in
                        level.withUnsafeMutableBufferPointer { level in
                            sigma.withUnsafeMutableBufferPointer { sigma in
                                delta.withUnsafeMutableBufferPointer { delta in
                                    queue.withUnsafeMutableBufferPointer { queue in
                                        total.withUnsafeMutableBufferPointer { total in
                                            // Phase 1: breadth-first search counting shortest paths.
                                            var head = 0
                                            var tail = 1
                                            queue[0] = Int32(source)
                                            level[source] = 0
                                            sigma[source] = 1
                                            while head < tail {
                                                let v = Int(queue[head])
                                                head += 1
                                                let next = level[v] + 1
                                                let sv = sigma[v]
                                                for slot in offsets[v]..<offsets[v + 1] {
                                                    let w = Int(targets[slot])
                                                    if level[w] < 0 {
                                                        level[w] = next
                                                        queue[tail] = Int32(w)
                                                        tail += 1
                                                    }
                                                    if level[w] == next { sigma[w] += sv }
                                                }
                                            }
                                            // Phase 2: dependencies, farthest first, passed to predecessors one level up.
                                            var i = tail - 1
                                            while i >= 0 {
                                                let w = Int(queue[i])
                                                let coefficient = (1 + delta[w]) / sigma[w]
                                                let up = level[w] - 1
                                                for slot in inOffsets[w]..<inOffsets[w + 1] {
                                                    let v = Int(inSources[slot])
                                                    if level[v] == up { delta[v] += sigma[v] * coefficient }
                                                }
                                                if w != source { total[w] += multiplicity * delta[w] }
                                                i -= 1
                                            }
                                            // Reset only what this source touched.
                                            for k in 0..<tail {
                                                let v = Int(queue[k])
                                                level[v] = -1
                                                sigma[v] = 0
                                                delta[v] = 0
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
