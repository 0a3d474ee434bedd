import SchoolNetGraph

extension Landscape {
    /// For each school (in `schools` order): the number of distinct structures it belongs to and
    /// the number of distinct kinds among them.
    ///
    /// - Complexity: O(schools + memberships).
    public func structureCounts() -> [(structures: Int, kinds: Int)] {
        var ids: [URN: Set<String>] = [:]
        for membership in memberships { ids[membership.urn, default: []].insert(membership.structureID) }
        return schools.map { school in
            let mine = ids[school.urn] ?? []
            return (mine.count, Set(mine.compactMap { structure($0)?.kind }).count)
        }
    }
}

/// For each pair of layers with ties, how far their tie sets coincide: the Jaccard index of the
/// two sets of school pairs (edge overlap).
public struct LayerEdgeOverlap: Equatable, Sendable {
    public let a: Layer
    public let b: Layer
    public let tiesA: Int
    public let tiesB: Int
    public let shared: Int

    public var jaccard: Double {
        let union = tiesA + tiesB - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// Every pair of layers that both have ties, in layer order.
    ///
    /// - Complexity: O(m × layers²) over the network's ties.
    public static func all(_ network: SchoolNetwork) -> [LayerEdgeOverlap] {
        let graph = network.graph
        var ties = [Int](repeating: 0, count: Layer.all.count)
        var shared = [[Int]](repeating: [Int](repeating: 0, count: Layer.all.count), count: Layer.all.count)
        for v in graph.nodes {
            for edge in graph.edges(of: v) where graph.isDirected || v < edge.neighbor {
                let layers = edge.layers.layers
                for (i, a) in layers.enumerated() {
                    ties[a] += 1
                    for b in layers[(i + 1)...] { shared[a][b] += 1 }
                }
            }
        }
        var result: [LayerEdgeOverlap] = []
        for a in Layer.all.indices where ties[a] > 0 {
            for b in Layer.all.indices where b > a && ties[b] > 0 {
                result.append(
                    LayerEdgeOverlap(
                        a: Layer.all[a], b: Layer.all[b], tiesA: ties[a], tiesB: ties[b], shared: shared[a][b]))
            }
        }
        return result
    }
}
