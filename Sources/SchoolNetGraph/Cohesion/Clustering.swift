import RealModule

extension CSRGraph {
    /// The number of triangles through each node of an undirected graph.
    ///
    /// Each triangle is found once, from its lowest-ranked corner, with nodes ranked by degree
    /// (the "forward" algorithm of Schank and Wagner 2005, doi:10.1007/11427186_54): a marker
    /// array flags v's higher-ranked neighbours, then each of those neighbours' higher-ranked
    /// neighbours is checked against it.
    ///
    /// - Complexity: O(m^1.5).
    public func triangles() -> [Int] {
        precondition(!isDirected, "triangles(): undirected graphs only")
        let n = nodeCount
        var rank = [Int32](repeating: 0, count: n)
        for (r, v) in (0..<n).sorted(by: { (degree(of: NodeID($0)), $0) < (degree(of: NodeID($1)), $1) }).enumerated() {
            rank[v] = Int32(r)
        }
        var count = [Int](repeating: 0, count: n)
        var marked = [Bool](repeating: false, count: n)
        offsets.withUnsafeBufferPointer { offsets in
            targets.withUnsafeBufferPointer { targets in
                for v in 0..<n {
                    let row = offsets[v]..<offsets[v + 1]
                    for slot in row where rank[Int(targets[slot])] > rank[v] { marked[Int(targets[slot])] = true }
                    for slot in row {
                        let u = Int(targets[slot])
                        guard rank[u] > rank[v] else { continue }
                        for s2 in offsets[u]..<offsets[u + 1] {
                            let w = Int(targets[s2])
                            if rank[w] > rank[u] && marked[w] {
                                count[v] += 1
                                count[u] += 1
                                count[w] += 1
                            }
                        }
                    }
                    for slot in row { marked[Int(targets[slot])] = false }
                }
            }
        }
        return count
    }

    /// Local clustering coefficient: the share of pairs of a node's neighbours that are
    /// themselves tied, `2T(v) / (d(v)(d(v) − 1))`; 0 when the degree is below 2.
    /// Watts and Strogatz 1998, doi:10.1038/30918.
    ///
    /// Weighted: the geometric mean of the three normalised edge weights of each triangle,
    /// `(1/(d(d−1))) Σ (ŵ_uv ŵ_uw ŵ_vw)^(1/3)` over ordered pairs of neighbours, with ŵ = w / max w
    /// (Onnela et al. 2005, doi:10.1103/PhysRevE.71.065103).
    ///
    /// - Complexity: O(Σ degree²); weighted O(Σ degree² log degree).
    /// - Matches: NetworkX `clustering(G, weight=…)`; igraph
    ///   `Graph.transitivity_local_undirected(mode="zero")` (unweighted).
    public func clustering(weighted: Bool = false) -> NodeScores {
        precondition(!isDirected, "clustering(): undirected graphs only")
        guard weighted else {
            let t = triangles()
            return NodeScores((0..<nodeCount).map { v in
                let d = Double(degree(of: NodeID(v)))
                return d < 2 ? 0 : 2 * Double(t[v]) / (d * (d - 1))
            })
        }
        let top = weights.max() ?? 1
        return NodeScores((0..<nodeCount).map { v in
            let row = offsets[v]..<offsets[v + 1]
            let d = Double(row.count)
            guard d >= 2 else { return 0 }
            var sum = 0.0
            for (i, a) in row.enumerated() {
                for b in row.dropFirst(i + 1) {
                    if let wab = weight(NodeID(Int(targets[a])), NodeID(Int(targets[b]))) {
                        sum += Double.root(weights[a] / top * weights[b] / top * wab / top, 3)
                    }
                }
            }
            return 2 * sum / (d * (d - 1))
        })
    }

    /// Global clustering (transitivity): `3 × triangles / connected triples`; 0 without triples.
    ///
    /// - Matches: NetworkX `transitivity`; igraph `Graph.transitivity_undirected()`.
    public func transitivity() -> Double {
        let t = triangles().reduce(0, +)
        let triples = (0..<nodeCount).reduce(0.0) { sum, v in
            let d = Double(degree(of: NodeID(v)))
            return sum + d * (d - 1) / 2
        }
        return triples == 0 ? 0 : Double(t) / triples
    }

    /// The mean of the local clustering coefficients (NetworkX `average_clustering`).
    public func averageClustering(weighted: Bool = false) -> Double {
        guard nodeCount > 0 else { return 0 }
        return clustering(weighted: weighted).values.reduce(0, +) / Double(nodeCount)
    }
}

