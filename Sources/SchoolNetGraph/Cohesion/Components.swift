/// The connected components of a graph: weakly connected ones for a directed graph (direction
/// ignored), or strongly connected ones from ``CSRGraph/strongComponents()``.
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
                for slot in offsets[v]..<offsets[v + 1] where membership[Int(targets[slot])] < 0 {
                    membership[Int(targets[slot])] = component
                    queue.append(Int(targets[slot]))
                }
                if isDirected {
                    for slot in inOffsets[v]..<inOffsets[v + 1] where membership[Int(inSources[slot])] < 0 {
                        membership[Int(inSources[slot])] = component
                        queue.append(Int(inSources[slot]))
                    }
                }
            }
            sizes.append(queue.count)
        }
        return Components(membership: membership, sizes: sizes)
    }
}

extension CSRGraph {
    /// Strongly connected components (the weak ones of an undirected graph), by Tarjan's
    /// algorithm without recursion (Tarjan 1972, doi:10.1137/0201010). Components are numbered in
    /// order of their smallest node.
    ///
    /// - Complexity: O(n + m).
    /// - Matches: NetworkX `strongly_connected_components`; igraph
    ///   `Graph.connected_components(mode="strong")`.
    public func strongComponents() -> Components {
        guard isDirected else { return components() }
        let n = nodeCount
        var index = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int] = []
        var found: [[Int]] = []
        var counter = 0
        var work: [(node: Int, slot: Int)] = []
        for root in 0..<n where index[root] < 0 {
            work.append((root, offsets[root]))
            index[root] = counter
            low[root] = counter
            counter += 1
            stack.append(root)
            onStack[root] = true
            while let (v, slot) = work.last {
                if slot < offsets[v + 1] {
                    work[work.count - 1].slot += 1
                    let w = Int(targets[slot])
                    if index[w] < 0 {
                        index[w] = counter
                        low[w] = counter
                        counter += 1
                        stack.append(w)
                        onStack[w] = true
                        work.append((w, offsets[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                } else {
                    work.removeLast()
                    if let parent = work.last { low[parent.node] = min(low[parent.node], low[v]) }
                    if low[v] == index[v] {
                        var component: [Int] = []
                        while let w = stack.popLast() {
                            onStack[w] = false
                            component.append(w)
                            if w == v { break }
                        }
                        found.append(component)
                    }
                }
            }
        }
        found.sort { $0.min()! < $1.min()! }
        var membership = [Int](repeating: 0, count: n)
        for (c, nodes) in found.enumerated() { for v in nodes { membership[v] = c } }
        return Components(membership: membership, sizes: found.map(\.count))
    }
}
