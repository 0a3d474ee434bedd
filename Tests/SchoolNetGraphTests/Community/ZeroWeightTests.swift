import Testing

@testable import SchoolNetGraph

/// Ties of weight 0 carry nothing to either method, and must not make a merged level list a
/// neighbouring community twice (each list is read into scratch space of one slot per node).
@Suite struct ZeroWeightTests {
    /// Two cliques of `size` joined by weight-0 ties between every pair across them.
    private func cliquesJoinedByZeros(_ size: Int) -> CSRGraph {
        var builder = GraphBuilder(nodeCount: 2 * size)
        for side in 0..<2 {
            for a in 0..<size {
                for b in (a + 1)..<size { builder.addEdge(NodeID(side * size + a), NodeID(side * size + b)) }
            }
        }
        for a in 0..<size {
            for b in 0..<size { builder.addEdge(NodeID(a), NodeID(size + b), weight: 0) }
        }
        return builder.build()
    }

    @Test("a merged level lists each neighbouring community once, whatever the weights")
    func aggregatedRowsAreDistinct() {
        let graph = cliquesJoinedByZeros(3)
        let rows = CommunityGraph(graph, weighted: true, droppingSelfTies: false)
        let merged = rows.aggregated(by: [0, 0, 0, 1, 1, 1], count: 2)
        #expect(merged.offsets == [0, 1, 2])
        #expect(merged.targets == [1, 0])
        #expect(merged.weights == [0, 0])
        #expect(merged.selfLoop == [3, 3])
    }

    @Test("Louvain and Leiden keep two cliques joined only by weight-0 ties apart", arguments: [3, 50])
    func cliquesStayApart(size: Int) {
        let graph = cliquesJoinedByZeros(size)
        let expected = Partition((0..<(2 * size)).map { $0 < size ? 0 : 1 })
        #expect(graph.louvain(LouvainOptions(weighted: true)).partition == expected)
        #expect(graph.leiden(LeidenOptions(weighted: true)).partition == expected)
    }
}
