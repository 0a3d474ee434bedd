/// The five brokerage roles of Gould and Fernandez (1989, doi:10.2307/270949): a broker j on a
/// two-path i → j → k (i ≠ k, and no direct tie i → k), named by the groups of i, j and k.
public struct BrokerageRoles: Equatable, Sendable {
    /// All three in one group.
    public var coordinator: [Double]
    /// i and k in one group, j outside it (also called consultant).
    public var itinerant: [Double]
    /// i and j in one group, k in another: j represents its group outward.
    public var representative: [Double]
    /// j and k in one group, i in another: j guards its group's door.
    public var gatekeeper: [Double]
    /// All three in different groups.
    public var liaison: [Double]

    public init(
        coordinator: [Double], itinerant: [Double], representative: [Double], gatekeeper: [Double], liaison: [Double]
    ) {
        self.coordinator = coordinator
        self.itinerant = itinerant
        self.representative = representative
        self.gatekeeper = gatekeeper
        self.liaison = liaison
    }

    /// Every role of a node added up.
    public var total: [Double] {
        coordinator.indices.map { coordinator[$0] + itinerant[$0] + representative[$0] + gatekeeper[$0] + liaison[$0] }
    }
}

extension CSRGraph {
    /// Gould–Fernandez brokerage role counts for every node, by the groups of a partition.
    /// An undirected tie is a pair of opposite directed ties, so each undirected two-path is
    /// counted in both directions (as R's `sna::brokerage` does on symmetric data).
    ///
    /// - Complexity: O(Σ in-degree × out-degree × log degree).
    public func brokerage(groups partition: Partition) -> BrokerageRoles {
        var roles = BrokerageRoles(
            coordinator: .init(repeating: 0, count: nodeCount), itinerant: .init(repeating: 0, count: nodeCount),
            representative: .init(repeating: 0, count: nodeCount), gatekeeper: .init(repeating: 0, count: nodeCount),
            liaison: .init(repeating: 0, count: nodeCount))
        let g = partition.membership
        for j in 0..<nodeCount {
            for inSlot in inOffsets[j]..<inOffsets[j + 1] {
                let i = Int(inSources[inSlot])
                for outSlot in offsets[j]..<offsets[j + 1] {
                    let k = Int(targets[outSlot])
                    guard k != i, !hasEdge(NodeID(i), NodeID(k)) else { continue }
                    switch (g[i] == g[j], g[j] == g[k], g[i] == g[k]) {
                    case (true, true, _): roles.coordinator[j] += 1
                    case (false, false, true): roles.itinerant[j] += 1
                    case (true, false, _): roles.representative[j] += 1
                    case (false, true, _): roles.gatekeeper[j] += 1
                    default: roles.liaison[j] += 1
                    }
                }
            }
        }
        return roles
    }
}
