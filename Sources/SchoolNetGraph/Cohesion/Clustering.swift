import RealModule

extension CSRGraph {
    /// The number of triangles through each node of an undirected graph.
    ///
    /// Each triangle is found once, from its lowest-ranked corner, with nodes ranked by degree
    /// (the "forward" algorithm of Schank and Wagner 2005, doi:10.1007/11427186_54): each node
    /// keeps only its higher-ranked neighbours; a marker array flags v's, and each of those
    /// neighbours' own list is checked against it.
    ///
    /// - Complexity: O(m^1.5) time, O(n + m) extra memory.
    public func triangles() -> [Int] {
        precondition(!isDirected, "triangles(): undirected graphs only")
        let n = nodeCount
        let degree = (0..<n).map { offsets[$0 + 1] - offsets[$0] }
        let byDegree = (0..<n).sorted { (degree[$0], $0) < (degree[$1], $1) }
        var rank = [Int32](repeating: 0, count: n)
        for (r, v) in byDegree.enumerated() { rank[v] = Int32(r) }
        // Forward adjacency: neighbours of higher rank only (each edge kept once).
        var forwardOffsets = [Int](repeating: 0, count: n + 1)
        var forward = [Int32]()
        forward.reserveCapacity(edgeCount)
        for v in 0..<n {
            for slot in offsets[v]..<offsets[v + 1] where rank[Int(targets[slot])] > rank[v] {
                forward.append(targets[slot])
            }
            forwardOffsets[v + 1] = forward.count
        }
        var count = [Int](repeating: 0, count: n)
        var marked = [Bool](repeating: false, count: n)
        forwardOffsets.withUnsafeBufferPointer { offsets in
            forward.withUnsafeBufferPointer { forward in
                count.withUnsafeMutableBufferPointer { count in
                    marked.withUnsafeMutableBufferPointer { marked in
                        for v in 0..<n {
                            let row = offsets[v]..<offsets[v + 1]
                            for slot in row { marked[Int(forward[slot])] = true }
                            for slot in row {
                                let u = Int(forward[slot])
                                for s2 in offsets[u]..<offsets[u + 1] {
                                    let w = Int(forward[s2])
                                    if marked[w] {
                                        count[v] += 1
                                        count[u] += 1
                                        count[w] += 1
                                    }
                                }
                            }
                            for slot in row { marked[Int(forward[slot])] = false }
                        }
                    }
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
    /// A directed graph gets Fagiolo's directed clustering (`directedClustering()`).
    ///
    /// - Matches: NetworkX `clustering(G, weight=…)`; igraph
    ///   `Graph.transitivity_local_undirected(mode="zero")` (unweighted).
    public func clustering(weighted: Bool = false) -> NodeScores {
        if isDirected { return directedClustering() }
        guard weighted else {
            let t = triangles()
            return NodeScores(
                (0..<nodeCount).map { v in
                    let d = Double(degree(of: NodeID(v)))
                    return d < 2 ? 0 : 2 * Double(t[v]) / (d * (d - 1))
                })
        }
        let top = weights.max() ?? 1
        return NodeScores(
            (0..<nodeCount).map { v in
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

    /// Clustering of a directed graph (Fagiolo 2007, doi:10.1103/PhysRevE.76.026107): the directed
    /// triangles through a node, `T(i)`, over the number there could be,
    /// `2 (d_tot(d_tot − 1) − 2 d↔)`, with d_tot its in- plus out-degree and d↔ its reciprocated
    /// ties; 0 without triangles. Unweighted.
    ///
    /// - Complexity: O(Σ_i Σ_{j ~ i} d(j)).
    /// - Matches: NetworkX `clustering(G)` on a `DiGraph`.
    func directedClustering() -> NodeScores {
        let n = nodeCount
        var inMark = [Int](repeating: 0, count: n)
        var outMark = [Int](repeating: 0, count: n)
        return NodeScores(
            (0..<n).map { i in
                let preds = inNeighbors(of: NodeID(i)).map(\.index)
                let succs = neighbors(of: NodeID(i)).map(\.index)
                for j in preds { inMark[j] = 1 }
                for j in succs { outMark[j] = 1 }
                var triangles = 0
                for j in preds + succs {
                    for k in inNeighbors(of: NodeID(j)).map(\.index) + neighbors(of: NodeID(j)).map(\.index)
                    where k != i {
                        triangles += inMark[k] + outMark[k]
                    }
                }
                let total = preds.count + succs.count
                let reciprocated = preds.filter { outMark[$0] == 1 }.count
                for j in preds { inMark[j] = 0 }
                for j in succs { outMark[j] = 0 }
                let possible = Double(total * (total - 1) - 2 * reciprocated) * 2
                return triangles == 0 ? 0 : Double(triangles) / possible
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
