/// The tie weight from one node to each community among its neighbours, in a scratch array made
/// once and cleared in time proportional to the communities touched: the inner step of Louvain's
/// and Leiden's local moving.
struct NeighbourCommunities {
    /// The weight to each community (0 for those not touched).
    private(set) var weight: [Double]
    /// The communities with a neighbour, in the order first met.
    private(set) var touched: [Int] = []

    init(count: Int) { weight = [Double](repeating: 0, count: count) }

    /// Gathers the weights of `row` (a node's neighbours) by the community of each neighbour.
    /// O(row).
    mutating func gather(_ row: [(node: Int, weight: Double)], community: [Int]) {
        for (u, w) in row {
            let c = community[u]
            if weight[c] == 0 { touched.append(c) }
            weight[c] += w
        }
    }

    /// Back to all zeros. O(touched).
    mutating func clear() {
        for c in touched { weight[c] = 0 }
        touched.removeAll(keepingCapacity: true)
    }
}
