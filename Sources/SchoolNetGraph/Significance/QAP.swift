/// The quadratic assignment procedure (QAP; Hubert and Schultz 1976, Krackhardt 1987,
/// doi:10.1016/0378-8733(87)90015-3): are two networks on the same nodes more alike than
/// chance would make them? The statistic is the Pearson correlation of their adjacency matrices
/// over every pair of distinct nodes (each pair once when undirected, each ordered pair when
/// directed), with tie weights or 0/1. The null model keeps both networks' structure and
/// relabels the nodes of the second by a random permutation, as statnet's `sna::qaptest` and
/// UCINET's QAP correlation do.
public enum QAP {
    /// The correlation of the two adjacency matrices; NaN when either is constant (no ties, or
    /// every pair tied with one weight).
    ///
    /// - Complexity: O(n + m_a log d + m_b).
    public static func correlation(_ a: CSRGraph, _ b: CSRGraph, weighted: Bool = true) -> Double {
        correlation(a, b, weighted: weighted, permutation: nil)
    }

    /// The correlation and its permutation test over `permutations` relabellings of `b`.
    ///
    /// - Complexity: O(N · m_a log d) for N permutations.
    public static func test(_ a: CSRGraph, _ b: CSRGraph, weighted: Bool = true, permutations: Int, seed: UInt64)
        -> PermutationOutcome
    {
        var random = Permutations(seed: seed)
        let identity = Array(0..<a.nodeCount)
        let moments = Moments(a, b, weighted: weighted)
        let permuted = (0..<max(0, permutations)).map { _ in
            correlation(a, b, weighted: weighted, permutation: random.shuffled(identity), moments: moments)
        }
        return PermutationOutcome(
            observed: correlation(a, b, weighted: weighted, permutation: nil, moments: moments), permuted: permuted)
    }

    /// The cells and each matrix's sum and sum of squares: what relabelling leaves as it is.
    struct Moments {
        var cells = 0.0
        var sumA = 0.0
        var squaresA = 0.0
        var sumB = 0.0
        var squaresB = 0.0

        init(_ a: CSRGraph, _ b: CSRGraph, weighted: Bool) {
            precondition(
                a.nodeCount == b.nodeCount && a.isDirected == b.isDirected, "QAP: the same nodes, both directed or not")
            let n = Double(a.nodeCount)
            cells = a.isDirected ? n * (n - 1) : n * (n - 1) / 2
            func sums(_ g: CSRGraph) -> (Double, Double) {
                var sum = 0.0
                var squares = 0.0
                for v in 0..<g.nodeCount {
                    for slot in g.offsets[v]..<g.offsets[v + 1] where g.isDirected || Int(g.targets[slot]) > v {
                        let w = weighted ? g.weights[slot] : 1
                        sum += w
                        squares += w * w
                    }
                }
                return (sum, squares)
            }
            (sumA, squaresA) = sums(a)
            (sumB, squaresB) = sums(b)
        }
    }

    /// Only the cross products change when `b`'s nodes are relabelled (node v of `a` meets node
    /// permutation[v] of `b`); the moments do not, and are computed once.
    static func correlation(
        _ a: CSRGraph, _ b: CSRGraph, weighted: Bool, permutation: [Int]?, moments: Moments? = nil
    ) -> Double {
        let m = moments ?? Moments(a, b, weighted: weighted)
        guard m.cells > 1 else { return .nan }
        var cross = 0.0
        for v in 0..<a.nodeCount {
            let pv = permutation?[v] ?? v
            for slot in a.offsets[v]..<a.offsets[v + 1] where a.isDirected || Int(a.targets[slot]) > v {
                let u = Int(a.targets[slot])
                let pu = permutation?[u] ?? u
                guard let w = b.weight(NodeID(pv), NodeID(pu)) else { continue }
                cross += (weighted ? a.weights[slot] : 1) * (weighted ? w : 1)
            }
        }
        let covariance = m.cells * cross - m.sumA * m.sumB
        let varianceA = m.cells * m.squaresA - m.sumA * m.sumA
        let varianceB = m.cells * m.squaresB - m.sumB * m.sumB
        guard varianceA > 0, varianceB > 0 else { return .nan }
        return covariance / (varianceA.squareRoot() * varianceB.squareRoot())
    }
}
