import Testing

@testable import SchoolNetGraph

@Suite struct LocalityOrderTests {
    /// Every edge, renumbered back, as (source, target) pairs.
    private func edges(_ order: LocalityOrder) -> Set<[Int]> {
        var old = [Int](repeating: 0, count: order.position.count)
        for (node, new) in order.position.enumerated() { old[Int(new)] = node }
        var result: Set<[Int]> = []
        for v in 0..<order.position.count {
            for slot in order.offsets[v]..<order.offsets[v + 1] {
                result.insert([old[v], old[Int(order.targets[slot])]])
            }
        }
        return result
    }

    @Test("renumbers every node once, breadth-first, and keeps every edge", arguments: [false, true])
    func permutationKeepsEdges(directed: Bool) {
        var builder = GraphBuilder(nodeCount: 9, isDirected: directed)
        for (a, b) in [(8, 0), (0, 5), (5, 2), (7, 3), (3, 1), (6, 4)] { builder.addEdge(NodeID(a), NodeID(b)) }
        let graph = builder.build()
        let order = LocalityOrder(graph)
        #expect(Set(order.position) == Set((0..<9).map(Int32.init)))
        var expected: Set<[Int]> = []
        for v in 0..<9 {
            for w in graph.neighbors(of: NodeID(v)) { expected.insert([v, w.index]) }
        }
        #expect(edges(order) == expected)
        // Node 0's component (0, 8, 5, 2) comes first, its neighbours before theirs.
        #expect(order.position[0] == 0)
        #expect(Set(order.position[5...5] + order.position[8...8]) == [1, 2])
        #expect(order.position[2] == 3)
    }
}
