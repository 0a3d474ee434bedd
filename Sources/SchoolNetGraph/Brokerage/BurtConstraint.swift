extension CSRGraph {
    /// Burt's constraint: how far a node's contacts are tied to one another, so that it has
    /// few structural holes to broker. `c_i = Σ_j (p_ij + Σ_q p_iq p_qj)²` over contacts j, with q
    /// ranging over the other contacts of i and `p_ij = m_ij / Σ_k m_ik` the share of i's mutual
    /// ties (`MutualTies`) that goes to j (Burt 1992, *Structural Holes*, p. 55). NaN for an
    /// isolated node.
    ///
    /// For each node i, every contact q spreads `p_iq p_qj` onto its own contacts j
    /// (`burtSums(weighted:spread:term:)`); sums run in ascending q, as the definition reads.
    ///
    /// - Complexity: O(Σ degree²) time, O(n + m) extra memory per core.
    /// - Matches: NetworkX `constraint(G, weight=…)`; igraph `Graph.constraint(weights=…)`.
    public func constraint(weighted: Bool = false) -> NodeScores {
        burtSums(weighted: weighted, Constraint.self)
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
        burtSums(weighted: weighted, EffectiveSize.self)
    }

    /// The spreading both of Burt's measures share: for each node i, every contact q adds
    /// `p_iq · Measure.share(m_qj, Σ_k m_qk, max_k m_jk)` onto each of its own contacts j that
    /// is also a contact of i (a 0/1 mask), in ascending q; the score is the sum over i's
    /// contacts j of `Measure.term(p_ij, what j gathered)`. NaN for a node without contacts.
    /// The shares are computed once per tie, so the inner loop only multiplies and adds. Nodes
    /// are shared out over the cores in fixed chunks. (The formulas are static functions of a
    /// type, not closures, so that they are specialised for each measure.)
    ///
    /// - Complexity: O(Σ degree²) time, O(n + m) extra memory per core.
    private func burtSums<Measure: BurtFormulas>(weighted: Bool, _: Measure.Type) -> NodeScores {
        let ties = MutualTies(self, weighted: weighted)
        var shares = [Double](repeating: 0, count: ties.contacts.count)
        for q in 0..<nodeCount {
            for slot in ties.row(q) {
                shares[slot] = Measure.share(ties.mutual[slot], ties.total[q], ties.largest[Int(ties.contacts[slot])])
            }
        }
        let share = shares
        return NodeScores(
            Parallel.mapWithWorkspace(nodeCount, { Scatter(nodeCount) }) { i, scatter in
                let row = ties.row(i)
                guard !row.isEmpty else { return .nan }
                scatter.mark(row, of: ties)
                ties.offsets.withUnsafeBufferPointer { offsets in
                    ties.contacts.withUnsafeBufferPointer { contacts in
                        share.withUnsafeBufferPointer { share in
                            scatter.isContact.withUnsafeBufferPointer { isContact in
                                scatter.sum.withUnsafeMutableBufferPointer { sum in
                                    for slot in row {
                                        let q = Int(contacts[slot])
                                        let piq = ties.mutual[slot] / ties.total[i]
                                        for s2 in offsets[q]..<offsets[q + 1] {
                                            let j = Int(contacts[s2])
                                            sum[j] += isContact[j] * (piq * share[s2])  // no branch to mispredict
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                var score = 0.0
                for slot in row {
                    score += Measure.term(ties.mutual[slot] / ties.total[i], scatter.sum[Int(ties.contacts[slot])])
                }
                scatter.clear(row, of: ties)
                return score
            })
    }
}

/// The two formulas that make a Burt measure out of ``CSRGraph/burtSums(weighted:_:)``.
private protocol BurtFormulas: SendableMetatype {
    /// What p_iq is multiplied by when contact q spreads onto its contact j.
    static func share(_ mqj: Double, _ totalQ: Double, _ largestJ: Double) -> Double
    /// Node i's term for contact j, from p_ij and what j gathered.
    static func term(_ pij: Double, _ gathered: Double) -> Double
}

/// `c_i = Σ_j (p_ij + Σ_q p_iq p_qj)²`.
private enum Constraint: BurtFormulas {
    static func share(_ mqj: Double, _ totalQ: Double, _ largestJ: Double) -> Double { mqj / totalQ }
    static func term(_ pij: Double, _ gathered: Double) -> Double { (pij + gathered) * (pij + gathered) }
}

/// `Σ_j (1 − Σ_q p_iq m_jq / max_k m_jk)`.
private enum EffectiveSize: BurtFormulas {
    static func share(_ mqj: Double, _ totalQ: Double, _ largestJ: Double) -> Double { mqj / largestJ }
    static func term(_ pij: Double, _ gathered: Double) -> Double { 1 - gathered }
}

/// One core's workspace for Burt's measures: which nodes are contacts of the current node, and
/// the sums spread onto them.
private struct Scatter {
    /// 1 for the current node's contacts, 0 for other nodes: a mask, multiplied rather than tested.
    var isContact: [Double]
    var sum: [Double]

    init(_ n: Int) {
        isContact = [Double](repeating: 0, count: n)
        sum = [Double](repeating: 0, count: n)
    }

    mutating func mark(_ row: Range<Int>, of ties: MutualTies) {
        for slot in row { isContact[Int(ties.contacts[slot])] = 1 }
    }

    mutating func clear(_ row: Range<Int>, of ties: MutualTies) {
        for slot in row {
            let j = Int(ties.contacts[slot])
            isContact[j] = 0
            sum[j] = 0
        }
    }
}
