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
    /// Each node's neighbourhood is summarised by an order-free fingerprint (a wrapping sum of
    /// mixed neighbour–weight pairs); nodes whose fingerprints match are compared row against
    /// row, so nothing is allocated per node.
    ///
    /// - Complexity: O(n + m) expected.
    init(_ graph: CSRGraph) {
        let n = graph.nodeCount
        var representative = (0..<n).map(Int32.init)
        if !graph.isDirected {
            for closed in [true, false] {
                // The representatives so far by fingerprint, with their neighbourhoods.
                var classes: [UInt64: [Neighbourhood]] = [:]
                for v in 0..<n where representative[v] == Int32(v) {
                    guard let key = Neighbourhood(graph, v, closed: closed) else { continue }
                    let print = key.fingerprint(graph)
                    if let first = classes[print]?.first(where: { key.matches($0, graph) }) {
                        representative[v] = first.node
                    } else {
                        classes[print, default: []].append(key)
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

    /// A node's neighbours, with itself when closed (at its place in the ascending row, with the
    /// weight its ties all share), read from its row without copying.
    private struct Neighbourhood {
        let row: Range<Int>
        let node: Int32
        /// Where the node itself sits among its neighbours when closed; nil when open.
        let insertion: Int?
        let weight: Double

        /// Nil when the node has no neighbours or, closed, when its ties' weights differ: such
        /// nodes are left alone (not compressed), which is always exact. The tie between two
        /// closed twins sits at the partner's place in each row; with the node itself given the
        /// same weight, both rows read alike.
        init?(_ graph: CSRGraph, _ v: Int, closed: Bool) {
            row = graph.offsets[v]..<graph.offsets[v + 1]
            guard !row.isEmpty else { return nil }
            node = Int32(v)
            let common = graph.weights[row.lowerBound]
            weight = common
            if closed {
                guard graph.weights[row].allSatisfy({ $0 == common }) else { return nil }
                let node = Int32(v)
                insertion = graph.targets[row].firstIndex { $0 > node } ?? row.upperBound
            } else {
                insertion = nil
            }
        }

        var count: Int { row.count + (insertion == nil ? 0 : 1) }

        /// The k-th neighbour and the weight to it.
        func entry(_ k: Int, _ graph: CSRGraph) -> (Int32, Double) {
            let slot = row.lowerBound + k
            guard let insertion else { return (graph.targets[slot], graph.weights[slot]) }
            if slot < insertion { return (graph.targets[slot], graph.weights[slot]) }
            if slot == insertion { return (node, weight) }
            return (graph.targets[slot - 1], graph.weights[slot - 1])
        }

        func fingerprint(_ graph: CSRGraph) -> UInt64 {
            var sum = UInt64(count)
            for k in 0..<count {
                let (target, weight) = entry(k, graph)
                sum &+= Self.mix(UInt64(UInt32(bitPattern: target)) ^ weight.bitPattern)
            }
            return sum
        }

        func matches(_ other: Neighbourhood, _ graph: CSRGraph) -> Bool {
            guard count == other.count else { return false }
            for k in 0..<count where entry(k, graph) != other.entry(k, graph) { return false }
            return true
        }

        /// SplitMix64's finaliser: spreads every input bit over the output.
        private static func mix(_ x: UInt64) -> UInt64 {
            var z = x &+ 0x9E37_79B9_7F4A_7C15
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
