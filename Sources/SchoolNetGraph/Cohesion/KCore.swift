extension CSRGraph {
    /// The core number of each node: the largest k such that the node belongs to a subgraph in
    /// which every node has degree at least k. Batagelj and Zaversnik 2003 (arXiv cs/0310049),
    /// bucket sort by degree.
    ///
    /// A directed graph counts in- plus out-degree, and a node with edges both ways to a
    /// neighbour counts that neighbour twice, as NetworkX does.
    ///
    /// - Complexity: O(n + m).
    /// - Matches: NetworkX `core_number`; igraph `Graph.coreness(mode="all")` (undirected).
    public func coreNumbers() -> NodeScores {
        let n = nodeCount
        var degree = [Int](repeating: 0, count: n)
        for v in 0..<n {
            degree[v] = offsets[v + 1] - offsets[v]
            if isDirected { degree[v] += inOffsets[v + 1] - inOffsets[v] }
        }
        let maxDegree = degree.max() ?? 0
        var binStart = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { binStart[d + 1] += 1 }
        for d in 0...maxDegree { binStart[d + 1] += binStart[d] }
        var position = [Int](repeating: 0, count: n)
        var ordered = [Int](repeating: 0, count: n)
        var next = binStart
        for v in 0..<n {
            position[v] = next[degree[v]]
            ordered[position[v]] = v
            next[degree[v]] += 1
        }
        // Peel in order of current degree: each neighbour u of v (with multiplicity: in-row when
        // directed, then out-row) of higher degree moves to the front of its bin, which then shrinks.
        func peel(
            _ rowOffsets: UnsafeBufferPointer<Int>, _ rowTargets: UnsafeBufferPointer<Int32>, from v: Int,
            _ degree: UnsafeMutableBufferPointer<Int>, _ binStart: UnsafeMutableBufferPointer<Int>,
            _ position: UnsafeMutableBufferPointer<Int>, _ ordered: UnsafeMutableBufferPointer<Int>
        ) {
            for slot in rowOffsets[v]..<rowOffsets[v + 1] {
                let u = Int(rowTargets[slot])
                guard degree[u] > degree[v] else { continue }
                let du = degree[u]
                let front = binStart[du]
                let w = ordered[front]
                if u != w {
                    ordered[position[u]] = w
                    position[w] = position[u]
                    ordered[front] = u
                    position[u] = front
                }
                binStart[du] += 1
                degree[u] -= 1
            }
        }
        degree.withUnsafeMutableBufferPointer { degree in
            binStart.withUnsafeMutableBufferPointer { binStart in
                position.withUnsafeMutableBufferPointer { position in
                    ordered.withUnsafeMutableBufferPointer { ordered in
                        offsets.withUnsafeBufferPointer { offsets in
                            targets.withUnsafeBufferPointer { targets in
                                inOffsets.withUnsafeBufferPointer { inOffsets in
                                    inSources.withUnsafeBufferPointer { inSources in
                                        for i in 0..<n {
                                            let v = ordered[i]
                                            if isDirected {
                                                peel(inOffsets, inSources, from: v, degree, binStart, position, ordered)
                                            }
                                            peel(offsets, targets, from: v, degree, binStart, position, ordered)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return NodeScores(degree.map(Double.init))
    }
}
