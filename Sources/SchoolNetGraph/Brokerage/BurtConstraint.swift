extension CSRGraph {
    /// Burt's constraint: how far a node's contacts are tied to one another, so that it has
    /// few structural holes to broker. `c_i = Σ_j (p_ij + Σ_q p_iq p_qj)²` over contacts j, with q
    /// ranging over the other contacts of i and `p_ij = m_ij / Σ_k m_ik` the share of i's mutual
    /// ties (``MutualTies``) that goes to j (Burt 1992, *Structural Holes*, p. 55). NaN for an
    /// isolated node.
    ///
    /// For each node i, every contact q spreads `p_iq p_qj` onto its own contacts j, kept only
    /// where j is a contact of i (a marker array); sums run in ascending q, as the definition
    /// reads. Nodes are shared out over the cores in fixed chunks.
    ///
    /// - Complexity: O(Σ degree²) time, O(n + m) extra memory per core.
    /// - Matches: NetworkX `constraint(G, weight=…)`; igraph `Graph.constraint(weights=…)`.
    public func constraint(weighted: Bool = false) -> NodeScores {
        let ties = MutualTies(self, weighted: weighted)
        return NodeScores(Parallel.mapWithWorkspace(nodeCount, { Scatter(nodeCount) }) { i, scatter in
            let row = ties.row(i)
            guard !row.isEmpty else { return .nan }
            scatter.mark(row, of: ties)
            for slot in row {
                let q = Int(ties.contacts[slot])
                let piq = ties.mutual[slot] / ties.total[i]
                for s2 in ties.row(q) {
                    let j = Int(ties.contacts[s2])
                    if j != q, scatter.marked[j] { scatter.sum[j] += piq * (ties.mutual[s2] / ties.total[q]) }
                }
            }
            var c = 0.0
            for slot in row {
                let j = Int(ties.contacts[slot])
                let local = ties.mutual[slot] / ties.total[i] + scatter.sum[j]
                c += local * local
            }
            scatter.clear(row, of: ties)
            return c
        })
    }

    /// Burt's effective size: the number of a node's contacts less their redundancy,
    /// `Σ_j (1 − Σ_q p_iq m_jq / max_k m_jk)` over contacts j, q ≠ j (Burt 1992, p. 52).
    /// Unweighted and undirected this is `d − 2t/d` with t the ties among the d contacts
    /// (Borgatti 1997). NaN for an isolated node. Computed by the same spreading as
    /// ``constraint(weighted:)``.
    ///
    /// NetworkX 3.6.1's `effective_size` takes a matrix shortcut on its default path that gives
    /// other values for weighted graphs and for directed graphs with reciprocated ties; with
    /// `nodes=` given it follows the published definition, which also matches UCINET. This
    /// follows the published definition.
    ///
    /// - Complexity: O(Σ degree²) time, O(n + m) extra memory per core.
    /// - Matches: NetworkX `effective_size(G, nodes=list(G), weight=…)`.
    public func effectiveSize(weighted: Bool = false) -> NodeScores {
        let ties = MutualTies(self, weighted: weighted)
        return NodeScores(Parallel.mapWithWorkspace(nodeCount, { Scatter(nodeCount) }) { i, scatter in
            let row = ties.row(i)
            guard !row.isEmpty else { return .nan }
            scatter.mark(row, of: ties)
            for slot in row {
                let q = Int(ties.contacts[slot])
                let piq = ties.mutual[slot] / ties.total[i]
                for s2 in ties.row(q) {
                    let j = Int(ties.contacts[s2])
                    if j != q, scatter.marked[j] { scatter.sum[j] += piq * ties.mutual[s2] / ties.largest[j] }
                }
            }
            var size = 0.0
            for slot in row { size += 1 - scatter.sum[Int(ties.contacts[slot])] }
            scatter.clear(row, of: ties)
            return size
        })
    }
}

/// One core's workspace for Burt's measures: which nodes are contacts of the current node, and
/// the sums spread onto them.
private struct Scatter {
    var marked: [Bool]
    var sum: [Double]

    init(_ n: Int) {
        marked = [Bool](repeating: false, count: n)
        sum = [Double](repeating: 0, count: n)
    }

    mutating func mark(_ row: Range<Int>, of ties: MutualTies) {
        for slot in row { marked[Int(ties.contacts[slot])] = true }
    }

    mutating func clear(_ row: Range<Int>, of ties: MutualTies) {
        for slot in row {
            let j = Int(ties.contacts[slot])
            marked[j] = false
            sum[j] = 0
        }
    }
}
