import RealModule

/// How far two partitions of the same nodes agree.
public enum PartitionAgreement {
    /// Normalised mutual information, `2 I(X;Y) / (H(X) + H(Y))` (the arithmetic normalisation of
    /// Danon et al. 2005, doi:10.1088/1742-5468/2005/09/P09008); 1 when both are one community.
    ///
    /// - Matches: igraph `compare_communities(method="nmi")`; scikit-learn
    ///   `normalized_mutual_info_score` (average_method="arithmetic").
    public static func normalizedMutualInformation(_ a: Partition, _ b: Partition) -> Double {
        let n = Double(a.membership.count)
        let (table, rows, columns) = contingency(a, b)
        func entropy(_ counts: [Double]) -> Double {
            counts.reduce(0) { $1 > 0 ? $0 - ($1 / n) * Double.log($1 / n) : $0 }
        }
        let ha = entropy(rows)
        let hb = entropy(columns)
        guard ha + hb > 0 else { return 1 }
        var mutual = 0.0
        for (pair, count) in table.sorted(by: { ($0.key.i, $0.key.j) < ($1.key.i, $1.key.j) }) {
            mutual += (count / n) * Double.log(count * n / (rows[pair.i] * columns[pair.j]))
        }
        return 2 * mutual / (ha + hb)
    }

    /// The adjusted Rand index (Hubert and Arabie 1985, doi:10.1007/BF01908075): the share of
    /// pairs of nodes on which the partitions agree, corrected for chance; 1 for identical
    /// partitions, about 0 for independent ones.
    ///
    /// - Matches: igraph `compare_communities(method="adjusted_rand")`; scikit-learn
    ///   `adjusted_rand_score`.
    public static func adjustedRandIndex(_ a: Partition, _ b: Partition) -> Double {
        let n = Double(a.membership.count)
        let (table, rows, columns) = contingency(a, b)
        func pairs(_ x: Double) -> Double { x * (x - 1) / 2 }
        let index = table.sorted(by: { ($0.key.i, $0.key.j) < ($1.key.i, $1.key.j) }).reduce(0) { $0 + pairs($1.value) }
        let sumRows = rows.reduce(0) { $0 + pairs($1) }
        let sumColumns = columns.reduce(0) { $0 + pairs($1) }
        let expected = sumRows * sumColumns / pairs(n)
        let maximum = (sumRows + sumColumns) / 2
        guard maximum != expected else { return 1 }
        return (index - expected) / (maximum - expected)
    }

    private static func contingency(_ a: Partition, _ b: Partition)
        -> (table: [Pair: Double], rows: [Double], columns: [Double])
    {
        precondition(a.membership.count == b.membership.count, "partitions of different node sets")
        var table: [Pair: Double] = [:]
        var rows = [Double](repeating: 0, count: a.count)
        var columns = [Double](repeating: 0, count: b.count)
        for (x, y) in zip(a.membership, b.membership) {
            table[Pair(i: x, j: y), default: 0] += 1
            rows[x] += 1
            columns[y] += 1
        }
        return (table, rows, columns)
    }

    private struct Pair: Hashable {
        let i: Int
        let j: Int
    }
}
