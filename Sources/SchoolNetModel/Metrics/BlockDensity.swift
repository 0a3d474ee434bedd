import SchoolNetGraph

/// The density of ties within a group or between two groups: ties over the pairs of schools that
/// could be tied (`n (n − 1) / 2` within a group of n, `n_a n_b` between two).
public struct BlockDensity: Sendable, Equatable {
    public let first: Int
    public let second: Int
    public let ties: Int
    public let pairs: Int
    public var density: Double { pairs > 0 ? Double(ties) / Double(pairs) : .nan }

    /// The diagonal blocks, then the off-diagonal blocks with at least one tie (every one with
    /// `includeEmpty`), by group number. O(n + m + k) for k groups, plus the blocks written.
    static func all(_ graph: CSRGraph, groups: Partition, includeEmpty: Bool = false) -> [BlockDensity] {
        let sizes = groups.communities.map(\.count)
        var ties: [[Int]: Int] = [:]
        for v in graph.nodes {
            for u in graph.neighbors(of: v) where u.index > v.index {
                let pair = [groups.membership[v.index], groups.membership[u.index]].sorted()
                ties[pair, default: 0] += 1
            }
        }
        let diagonal = sizes.indices.map { g in
            BlockDensity(first: g, second: g, ties: ties[[g, g]] ?? 0, pairs: sizes[g] * (sizes[g] - 1) / 2)
        }
        let pairs =
            includeEmpty
            ? sizes.indices.flatMap { a in ((a + 1)..<sizes.count).map { [a, $0] } }
            : ties.keys.filter { $0[0] != $0[1] }.sorted { $0.lexicographicallyPrecedes($1) }
        let between = pairs.map { pair in
            BlockDensity(first: pair[0], second: pair[1], ties: ties[pair] ?? 0, pairs: sizes[pair[0]] * sizes[pair[1]])
        }
        return diagonal + between
    }
}
