/// Krackhardt and Stern's E-I index (1988, doi:10.2307/2786835): `(E − I) / (E + I)`, with E the
/// ties that cross group boundaries and I the ties inside groups. −1: every tie inward; +1: every
/// tie outward. NaN when there are no ties to count.
public struct EIIndex: Equatable, Sendable {
    /// The index of the whole network.
    public let network: Double
    /// The index of each group: its members' ties to outsiders (E) against ties among
    /// themselves (I, each counted once).
    public let groups: [Double]
    /// The index of each node: its ties to other groups against ties to its own.
    public let nodes: [Double]

    public init(network: Double, groups: [Double], nodes: [Double]) {
        self.network = network
        self.groups = groups
        self.nodes = nodes
    }
}

extension CSRGraph {
    /// The E-I index of a partition into groups. Each undirected tie counts once; a directed
    /// graph's edges count once each, whatever their direction.
    ///
    /// - Complexity: O(n + m).
    public func eiIndex(groups partition: Partition) -> EIIndex {
        var external = 0.0
        var internalTies = 0.0
        var groupE = [Double](repeating: 0, count: partition.count)
        var groupI = groupE
        var nodeE = [Double](repeating: 0, count: nodeCount)
        var nodeI = nodeE
        for v in 0..<nodeCount {
            let g = partition.membership[v]
            for slot in offsets[v]..<offsets[v + 1] {
                let u = Int(targets[slot])
                let h = partition.membership[u]
                let counted = isDirected || v < u
                if g == h {
                    nodeI[v] += 1
                    if isDirected { nodeI[u] += 1 }
                    if counted {
                        internalTies += 1
                        groupI[g] += 1
                    }
                } else {
                    nodeE[v] += 1
                    if isDirected { nodeE[u] += 1 }
                    if counted {
                        external += 1
                        groupE[g] += 1
                        groupE[h] += 1
                    }
                }
            }
        }
        func index(_ e: Double, _ i: Double) -> Double { e + i == 0 ? .nan : (e - i) / (e + i) }
        return EIIndex(
            network: index(external, internalTies),
            groups: zip(groupE, groupI).map(index),
            nodes: zip(nodeE, nodeI).map(index))
    }
}
