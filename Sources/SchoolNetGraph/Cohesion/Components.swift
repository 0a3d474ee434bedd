/// The connected components of a graph (weakly connected, for a directed graph: edge direction
/// is ignored; this version stores out-rows only, so directed graphs are rejected).
public struct Components: Sendable, Equatable {
    /// The component number of each node; components are numbered in order of their smallest
    /// node, so the numbering is deterministic.
    public let membership: [Int]
    /// The size of each component, indexed by component number.
    public let sizes: [Int]

    /// The number of components.
    public var count: Int { sizes.count }
    /// The size of the largest component (0 for the empty graph).
    public var largest: Int { sizes.max() ?? 0 }
    /// The number of isolated nodes (components of size 1).
    public var isolates: Int { sizes.filter { $0 == 1 }.count }
}

extension CSRGraph {
    /// Connected components by breadth-first search.
    ///
    /// - Complexity: O(n + m).
    /// - Matches: NetworkX `connected_components` (as sets), igraph `connected_components(mode="weak")`.
    public func components() -> Components {
        precondition(!isDirected, "components(): undirected graphs only in this version")
        var membership = [Int](repeating: -1, count: nodeCount)
        var sizes: [Int] = []
        var queue: [Int] = []
        queue.reserveCapacity(nodeCount)
        for start in 0..<nodeCount where membership[start] < 0 {
            let component = sizes.count
            membership[start] = component
            queue.removeAll(keepingCapacity: true)
            queue.append(start)
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                for slot in offsets[v]..<offsets[v + 1] {
                    let w = Int(targets[slot])
                    if membership[w] < 0 {
                        membership[w] = component
                        queue.append(w)
                    }
                }
            }
            sizes.append(queue.count)
        }
        return Components(membership: membership, sizes: sizes)
    }
}
