extension CSRGraph {
    /// Newman's modularity of a partition of an undirected graph:
    /// `Q = Σ_c [ L_c / m − γ (d_c / 2m)² ]`, with L_c the (weight of the) edges inside community
    /// c, d_c the sum of its members' degrees (strengths) and m the total edge weight.
    /// Newman 2006, doi:10.1073/pnas.0601602103.
    ///
    /// - Complexity: O(n + m).
    /// - Matches: NetworkX `community.modularity(G, communities, weight=…, resolution=γ)`;
    ///   igraph `Graph.modularity(membership, weights=…, resolution=γ)`.
    public func modularity(_ partition: Partition, weighted: Bool = false, resolution: Double = 1) -> Double {
        precondition(!isDirected, "modularity(): undirected graphs only")
        let k = partition.count
        var inside = [Double](repeating: 0, count: k)
        var degree = [Double](repeating: 0, count: k)
        var total = 0.0
        partition.membership.withUnsafeBufferPointer { membership in
            targets.withUnsafeBufferPointer { targets in
                weights.withUnsafeBufferPointer { weights in
                    for v in 0..<nodeCount {
                        let c = membership[v]
                        let row = offsets[v]..<offsets[v + 1]
                        if weighted {
                            // Tie by tie, in this order, so that the sums are the same to the last bit.
                            for slot in row {
                                let w = weights[slot]
                                degree[c] += w
                                total += w
                                if membership[Int(targets[slot])] == c { inside[c] += w }
                            }
                        } else {
                            // Whole numbers: counted per row, the sums are exact either way.
                            var count = 0
                            for slot in row where membership[Int(targets[slot])] == c { count += 1 }
                            degree[c] += Double(row.count)
                            inside[c] += Double(count)
                            total += Double(row.count)
                        }
                    }
                }
            }
        }
        guard total > 0 else { return .nan }
        // `total` counts each edge twice (2m); `inside` counts each internal edge twice (2 L_c).
        return (0..<k).reduce(0) { q, c in
            q + inside[c] / total - resolution * (degree[c] / total) * (degree[c] / total)
        }
    }
}
