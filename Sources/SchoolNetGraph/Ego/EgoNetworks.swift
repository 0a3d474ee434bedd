/// The structure of each node's own network (its ego network, the ego left out): the alters it
/// is tied to and the ties among them, as UCINET's ego network measures and egor describe them.
public struct EgoNetworks: Sendable, Equatable {
    /// The number of alters: the node's neighbours.
    public let size: [Int]
    /// Ties among the alters, the ego's own ties left out (the triangles through the node).
    public let ties: [Int]
    /// `ties / (size (size − 1) / 2)`: the density among the alters; NaN with fewer than two.
    public let density: [Double]
    /// Connected components among the alters once the ego is removed; 0 without alters.
    public let components: [Int]
    /// Pairs of alters not tied to each other (UCINET's "Broker"; other alters may still link
    /// them): `size (size − 1) / 2 − ties`.
    public let unconnectedPairs: [Int]
}

extension CSRGraph {
    /// Ego networks of every node of an undirected graph.
    ///
    /// - Complexity: O(m^1.5) for the ties (``triangles()``), plus O(Σ_v Σ_{u ∈ N(v)} deg(u))
    ///   for the components among the alters.
    /// - Matches: for node v, NetworkX `ego_graph(G, v)` with v removed: its number of nodes,
    ///   edges, `density` and `number_connected_components`.
    public func egoNetworks() -> EgoNetworks {
        precondition(!isDirected, "egoNetworks(): undirected graphs only")
        let n = nodeCount
        let ties = triangles()
        var size = [Int](repeating: 0, count: n)
        var components = [Int](repeating: 0, count: n)
        // Disjoint sets over the alters of one ego at a time; `slot` marks who is an alter.
        var slot = [Int](repeating: -1, count: n)
        for v in 0..<n {
            let alters = (offsets[v]..<offsets[v + 1]).map { Int(targets[$0]) }.filter { $0 != v }
            size[v] = alters.count
            var sets = DisjointSets(count: alters.count)
            for (i, a) in alters.enumerated() { slot[a] = i }
            var count = alters.count
            for (i, a) in alters.enumerated() {
                for position in offsets[a]..<offsets[a + 1] {
                    let j = slot[Int(targets[position])]
                    if j >= 0, j != i, sets.union(i, j) { count -= 1 }
                }
            }
            components[v] = count
            for a in alters { slot[a] = -1 }
        }
        let pairs = size.map { $0 * ($0 - 1) / 2 }
        return EgoNetworks(
            size: size, ties: ties,
            density: (0..<n).map { pairs[$0] > 0 ? Double(ties[$0]) / Double(pairs[$0]) : .nan },
            components: components, unconnectedPairs: (0..<n).map { pairs[$0] - ties[$0] })
    }
}
