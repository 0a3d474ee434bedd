/// The rows of a graph renumbered in breadth-first order, so that nodes close in the graph are
/// close in memory: a search then finds a node's neighbours' state in nearby cache lines, however
/// the input numbered the nodes (GIAS order, a spreadsheet's order, or at random).
///
/// Each component is numbered from its smallest node, in ascending order of components' smallest
/// nodes, neighbours in row order (a Cuthill–McKee order without the degree sort; Cuthill and
/// McKee 1969). Directed graphs follow out-rows, then in-rows, so that every node is numbered.
///
/// - Complexity: O(n + m) time and memory.
struct LocalityOrder {
    /// `position[old]` is the node's new number.
    let position: [Int32]
    /// The out-rows in new numbers: row `v` is `targets[offsets[v] ..< offsets[v + 1]]`, in the
    /// order of the old row.
    let offsets: [Int]
    let targets: [Int32]

    init(_ graph: CSRGraph) {
        let n = graph.nodeCount
        var position = [Int32](repeating: -1, count: n)
        var order: [Int32] = []
        order.reserveCapacity(n)
        for start in 0..<n where position[start] < 0 {
            position[start] = Int32(order.count)
            order.append(Int32(start))
            var head = order.count - 1
            while head < order.count {
                let v = Int(order[head])
                head += 1
                for w32 in graph.targets[graph.offsets[v]..<graph.offsets[v + 1]] where position[Int(w32)] < 0 {
                    position[Int(w32)] = Int32(order.count)
                    order.append(w32)
                }
                guard graph.isDirected else { continue }
                for w32 in graph.inSources[graph.inOffsets[v]..<graph.inOffsets[v + 1]] where position[Int(w32)] < 0 {
                    position[Int(w32)] = Int32(order.count)
                    order.append(w32)
                }
            }
        }
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets = [Int32](repeating: 0, count: graph.targets.count)
        for (new, old) in order.enumerated() {
            let row = graph.offsets[Int(old)]..<graph.offsets[Int(old) + 1]
            var slot = offsets[new]
            for k in row {
                targets[slot] = position[Int(graph.targets[k])]
                slot += 1
            }
            offsets[new + 1] = slot
        }
        self.position = position
        self.offsets = offsets
        self.targets = targets
    }
}
