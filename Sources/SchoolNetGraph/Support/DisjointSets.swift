/// Disjoint sets of the items `0 ..< count` (union–find with path halving): which items have
/// been joined, each set named by one of its items.
///
/// - Complexity: near O(1) amortised per operation.
struct DisjointSets {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    /// The item that names the set holding `item`.
    mutating func find(_ item: Int) -> Int {
        var x = item
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    /// Joins the sets of `a` and `b`; false when they were one already.
    @discardableResult
    mutating func union(_ a: Int, _ b: Int) -> Bool {
        let (x, y) = (find(a), find(b))
        guard x != y else { return false }
        parent[x] = y
        return true
    }
}
