/// Local moving on two cores for large levels of the Leiden method, deterministic: the nodes are
/// split by number into two halves of about equal ties (nodes numbered by place, as schools
/// are, make halves that meet along a short border). Each half moves its own nodes on a core of
/// its own, seeing the other half's nodes as they were at the start; then the nodes with a
/// neighbour in the other half are queued again and local moving goes on, on one core, until
/// the queue is empty. A half may start a new community only under a number of its own that
/// was empty at the start (not one its own nodes have just left, which the other half may still
/// see members of and join), so the halves never share a community one of them started. The
/// result depends on the graph and the seed only.
///
/// Where the border is long (more than a tenth of the ties cross it, as when nodes are numbered
/// at random), the second pass would redo most of the work, and the level moves on one core.
struct MovingSplit: Sendable {
    /// Nodes below `cut` form the first half.
    let cut: Int
    /// Whether each node has a neighbour in the other half.
    let border: [Bool]

    /// The largest share of ties that may cross the border.
    static let crossingShare = 0.1

    /// The split of a level, or nil when it is small or its border long.
    init?(_ rows: CommunityGraph) {
        let n = rows.nodeCount
        guard n >= CommunityGraph.twoCoreNodes else { return nil }
        var cut = n
        for v in 0..<n where rows.offsets[v + 1] >= rows.targets.count / 2 {
            cut = v + 1
            break
        }
        guard cut < n else { return nil }
        var border = [Bool](repeating: false, count: n)
        var crossing = 0
        for v in 0..<n {
            for slot in rows.offsets[v]..<rows.offsets[v + 1] where (Int(rows.targets[slot]) < cut) != (v < cut) {
                crossing += 1
                border[v] = true
            }
        }
        guard Double(crossing) <= Self.crossingShare * Double(rows.targets.count) else { return nil }
        self.cut = cut
        self.border = border
    }

    /// The half of node (or community number) `v`.
    func half(_ v: Int) -> Int { v < cut ? 0 : 1 }
}

extension LeidenLevel {
    /// The labels after each half of `split` has moved its own nodes (in `order`) on a core of
    /// its own, from `label` with the communities' totals and sizes, seeing the other half as it
    /// was.
    func movesInHalves(
        _ split: MovingSplit, label: [Int32], total: [Double], size: [Int32], order: [Int], penalty: Double
    ) -> [Int32] {
        let level = self
        let halves = Parallel.mapWithWorkspace(
            2, {},
            { half, _ in
                var own = label
                var ownTotal = total
                var ownSize = size
                let numbers = half == 0 ? 0..<split.cut : split.cut..<level.nodeCount
                var empty = numbers.filter { size[$0] == 0 }
                level.localMoves(
                    label: &own, total: &ownTotal, size: &ownSize, empty: &empty,
                    queued: order.filter { split.half($0) == half }, penalty: penalty, movable: numbers)
                return own
            })
        return (0..<nodeCount).map { halves[split.half($0)][$0] }
    }
}
