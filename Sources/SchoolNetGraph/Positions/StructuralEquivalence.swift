/// How alike two nodes' ties are, for structural equivalence (Lorrain and White 1971): two nodes
/// are equivalent when they are tied to the same others. Profiles leave out the pair's own cells
/// (k ≠ i, j), as Wasserman and Faust (1994, §9.3) define both measures.
public enum ProfileDistance: String, CaseIterable, Sendable {
    /// `d_ij = √(Σ_{k≠i,j} [(x_ik − x_jk)² + (x_ki − x_kj)²])` (Burt 1976): 0 for identical profiles.
    case euclidean
    /// `1 − r_ij`, r the Pearson correlation of the two profiles: 0 for identical profiles, 2 for
    /// opposite ones; a constant profile (no ties, or tied to everyone) correlates with nothing,
    /// r = 0.
    case correlation
}

extension CSRGraph {
    /// The distance between every pair of nodes' profiles (tie weights, or 1, and 0 for no tie),
    /// as a dense n × n matrix in row order.
    ///
    /// From each node's sum and sum of squares and the cross products of every pair, which the
    /// two-paths give (Σ_k x_ik x_jk over the common neighbours k).
    /// - Complexity: O(n² + Σ_v deg(v)²) time, O(n²) memory.
    public func profileDistances(_ kind: ProfileDistance, weighted: Bool = false) -> [Double] {
        precondition(!isDirected, "profileDistances(): undirected graphs only")
        let n = nodeCount
        var sums = [Double](repeating: 0, count: n)
        var squares = [Double](repeating: 0, count: n)
        var cross = [Double](repeating: 0, count: n * n)
        func value(_ slot: Int) -> Double { weighted ? weights[slot] : 1 }
        for v in 0..<n {
            for slot in offsets[v]..<offsets[v + 1] {
                sums[v] += value(slot)
                squares[v] += value(slot) * value(slot)
            }
            // v is the common neighbour k of every pair of its neighbours.
            for s in offsets[v]..<offsets[v + 1] {
                let i = Int(targets[s])
                for t in offsets[v]..<offsets[v + 1] {
                    cross[i * n + Int(targets[t])] += value(s) * value(t)
                }
            }
        }
        var distances = [Double](repeating: 0, count: n * n)
        let m = Double(n - 2)
        for i in 0..<n {
            for j in (i + 1)..<n {
                let tie = weight(NodeID(i), NodeID(j)).map { weighted ? $0 : 1 } ?? 0
                let squaresI = squares[i] - tie * tie
                let squaresJ = squares[j] - tie * tie
                let product = cross[i * n + j]
                let d: Double
                switch kind {
                case .euclidean:
                    // Rows and columns agree when undirected: twice the row sum.
                    d = (2 * Swift.max(0, squaresI + squaresJ - 2 * product)).squareRoot()
                case .correlation:
                    let a = sums[i] - tie
                    let b = sums[j] - tie
                    let varianceI = m * squaresI - a * a
                    let varianceJ = m * squaresJ - b * b
                    let r =
                        m > 0 && varianceI > 1e-12 && varianceJ > 1e-12
                        ? (m * product - a * b) / (varianceI.squareRoot() * varianceJ.squareRoot()) : 0
                    d = 1 - r
                }
                distances[i * n + j] = d
                distances[j * n + i] = d
            }
        }
        return distances
    }
}
