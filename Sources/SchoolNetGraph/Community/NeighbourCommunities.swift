/// The tie weight from one node to each community among its neighbours, in a scratch array made
/// once and cleared in time proportional to the communities touched: the inner step of Leiden's local
/// moving.
struct NeighbourCommunities {
    /// The weight to each community (0 for those not touched).
    private(set) var weight: [Double]
    /// The communities with a neighbour, in the order first met.
    private(set) var touched: [Int] = []

    init(count: Int) { weight = [Double](repeating: 0, count: count) }

    /// Gathers the weights of the compressed row `slots` of `targets` and `weights` by the
    /// community of each neighbour. O(row).
    mutating func gather(_ slots: Range<Int>, targets: [Int32], weights: [Double], community: [Int]) {
        for slot in slots {
            let c = community[Int(targets[slot])]
            if weight[c] == 0 { touched.append(c) }
            weight[c] += weights[slot]
        }
    }

    /// Back to all zeros. O(touched).
    mutating func clear() {
        for c in touched { weight[c] = 0 }
        touched.removeAll(keepingCapacity: true)
    }
}
