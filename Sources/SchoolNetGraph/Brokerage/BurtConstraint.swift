extension CSRGraph {
    /// The share of a node's ties that goes to `neighbour`: `p_ij = (a_ij + a_ji) / Σ_k (a_ik + a_ki)`,
    /// with a the adjacency (weights when `weighted`, else 1). Burt 1992, p. 54.
    func proportionalTie(_ i: Int, _ j: Int, weighted: Bool) -> Double {
        mutualWeight(i, j, weighted: weighted) / totalMutualWeight(i, weighted: weighted)
    }

    /// `a_ij + a_ji`.
    func mutualWeight(_ i: Int, _ j: Int, weighted: Bool) -> Double {
        func a(_ x: Int, _ y: Int) -> Double {
            guard let w = weight(NodeID(x), NodeID(y)) else { return 0 }
            return weighted ? w : 1
        }
        return a(i, j) + a(j, i)
    }

    func totalMutualWeight(_ i: Int, weighted: Bool) -> Double {
        contacts(of: i).reduce(0) { $0 + mutualWeight(i, $1, weighted: weighted) }
    }

    /// The nodes tied to `i` in either direction, ascending.
    func contacts(of i: Int) -> [Int] {
        guard isDirected else { return (offsets[i]..<offsets[i + 1]).map { Int(targets[$0]) } }
        let out = (offsets[i]..<offsets[i + 1]).map { Int(targets[$0]) }
        let into = (inOffsets[i]..<inOffsets[i + 1]).map { Int(inSources[$0]) }
        return Array(Set(out + into)).sorted()
    }

    /// Burt's constraint: how far a node's contacts are tied to one another, so that it has
    /// few structural holes to broker. `c_i = Σ_j (p_ij + Σ_q p_iq p_qj)²` over contacts j, with q
    /// ranging over the other contacts of i (Burt 1992, *Structural Holes*, p. 55). NaN for an
    /// isolated node.
    ///
    /// - Complexity: O(Σ degree² log degree).
    /// - Matches: NetworkX `constraint(G, weight=…)`; igraph `Graph.constraint(weights=…)`.
    public func constraint(weighted: Bool = false) -> NodeScores {
        NodeScores((0..<nodeCount).map { i in
            let contacts = contacts(of: i)
            guard !contacts.isEmpty else { return .nan }
            let total = totalMutualWeight(i, weighted: weighted)
            let p = Dictionary(uniqueKeysWithValues: contacts.map { ($0, mutualWeight(i, $0, weighted: weighted) / total) })
            var sum = 0.0
            for j in contacts {
                var indirect = 0.0
                for q in contacts where q != j {
                    let pqj = proportionalTie(q, j, weighted: weighted)
                    indirect += p[q]! * pqj
                }
                let local = p[j]! + indirect
                sum += local * local
            }
            return sum
        })
    }

    /// Burt's effective size: the number of a node's contacts less their redundancy,
    /// `Σ_j (1 − Σ_q p_iq m_jq)` over contacts j, q ≠ j, with `m_jq = (a_jq + a_qj) / max_k (a_jk + a_kj)`
    /// (Burt 1992, p. 52). Unweighted and undirected this is `d − 2t/d` with t the ties among
    /// the d contacts (Borgatti 1997). NaN for an isolated node.
    ///
    /// NetworkX 3.6.1's `effective_size` takes a matrix shortcut on its default path that gives
    /// other values for weighted graphs and for directed graphs with reciprocated ties; with
    /// `nodes=` given it follows the published definition, which also matches UCINET. This
    /// follows the published definition.
    ///
    /// - Complexity: O(Σ degree² log degree).
    /// - Matches: NetworkX `effective_size(G, nodes=list(G), weight=…)`.
    public func effectiveSize(weighted: Bool = false) -> NodeScores {
        NodeScores((0..<nodeCount).map { i in
            let contacts = contacts(of: i)
            guard !contacts.isEmpty else { return .nan }
            let total = totalMutualWeight(i, weighted: weighted)
            var largest: [Int: Double] = [:]
            func maxMutual(_ j: Int) -> Double {
                if let m = largest[j] { return m }
                let m = self.contacts(of: j).map { mutualWeight(j, $0, weighted: weighted) }.max() ?? 0
                largest[j] = m
                return m
            }
            var size = 0.0
            for j in contacts {
                var redundancy = 0.0
                for q in contacts where q != j {
                    let mjq = mutualWeight(j, q, weighted: weighted)
                    if mjq > 0 {
                        redundancy += mutualWeight(i, q, weighted: weighted) / total * mjq / maxMutual(j)
                    }
                }
                size += 1 - redundancy
            }
            return size
        })
    }
}
