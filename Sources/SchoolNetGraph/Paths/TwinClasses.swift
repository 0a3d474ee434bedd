/// Nodes that are structurally identical: twins. Two nodes are *closed twins* when they have the
/// same neighbours counting themselves (N[u] = N[v]: adjacent, like the members of a cluster and
/// nothing else), *open twins* when they have the same neighbours and are not adjacent
/// (N(u) = N(v)); with weights, the same weight to each neighbour too.
///
/// A shortest path never runs through a twin of its source (any step through it can be cut
/// short), and twins see the rest of the graph alike. So Brandes' dependencies from any member
/// of a twin class are the same on every node outside the class and zero on the others inside:
/// one search per class, weighted by the class size, gives exact betweenness; twins also have
/// equal closeness and harmonic centrality. This is the identical-vertex compression of
/// Sariyüce, Saule, Kaya and Çatalyürek 2013 ("Shattering and compressing networks for
/// betweenness centrality", SIAM SDM), applied to sources.
struct TwinClasses {
    /// The representative (smallest node) of each node's class.
    let representative: [Int32]
    /// The class size of each representative (0 for other members).
    let multiplicity: [Double]
    /// The representatives, ascending.
    let sources: [Int]

    /// Classes of an undirected graph; every node alone in a directed graph.
    ///
    /// - Complexity: O(n + m) expected, hashing each neighbourhood once or twice.
    init(_ graph: CSRGraph) {
        let n = graph.nodeCount
        var representative = (0..<n).map(Int32.init)
        if !graph.isDirected {
            for closed in [true, false] {
                var seen: [Neighbourhood: Int32] = [:]
                for v in 0..<n where representative[v] == Int32(v) {
                    let key = Neighbourhood(graph, v, closed: closed)
                    guard !key.isEmpty else { continue }
                    if let first = seen[key] {
                        representative[v] = first
                    } else {
                        seen[key] = Int32(v)
                    }
                }
            }
        }
        var multiplicity = [Double](repeating: 0, count: n)
        for v in 0..<n { multiplicity[Int(representative[v])] += 1 }
        self.representative = representative
        self.multiplicity = multiplicity
        self.sources = (0..<n).filter { representative[$0] == Int32($0) }
    }

    /// A node's neighbours (with itself when closed) and the weights to them.
    private struct Neighbourhood: Hashable {
        let nodes: [Int32]
        let weights: [Double]

        var isEmpty: Bool { nodes.isEmpty }

        init(_ graph: CSRGraph, _ v: Int, closed: Bool) {
            let row = graph.offsets[v]..<graph.offsets[v + 1]
            guard !row.isEmpty else {
                nodes = []
                weights = []
                return
            }
            var nodes = Array(graph.targets[row]), weights = Array(graph.weights[row])
            if closed {
                // The tie between two closed twins sits at the partner's place in each row; with
                // the node itself given the same weight, both rows read alike. Rows whose weights
                // differ are left alone (not compressed), which is always exact.
                guard let common = weights.first, weights.allSatisfy({ $0 == common }) else {
                    self.nodes = []
                    self.weights = []
                    return
                }
                let at = nodes.firstIndex { $0 > Int32(v) } ?? nodes.count
                nodes.insert(Int32(v), at: at)
                weights.insert(common, at: at)
            }
            self.nodes = nodes
            self.weights = weights
        }
    }
}
