import Testing

@testable import SchoolNetGraph

@Suite struct TwinClassesTests {
    @Test("closed twins (a clique's members) and open twins (a star's leaves) form classes")
    func classes() {
        var builder = GraphBuilder(nodeCount: 7)
        // Triangle 0-1-2 hanging off node 3; leaves 4, 5, 6 of node 3.
        for (a, b) in [(0, 1), (1, 2), (0, 2), (2, 3), (3, 4), (3, 5), (3, 6)] { builder.addEdge(NodeID(a), NodeID(b)) }
        let twins = TwinClasses(builder.build())
        #expect(twins.representative == [0, 0, 2, 3, 4, 4, 4])
        #expect(twins.sources == [0, 2, 3, 4])
        #expect(twins.multiplicity == [2, 0, 1, 1, 3, 0, 0])
    }

    @Test("the demo landscape's school network needs far fewer searches than it has schools")
    func demo() {
        let graph = ReferenceData.load("demo-landscape").graph
        let twins = TwinClasses(graph)
        #expect(twins.sources.count < graph.nodeCount * 3 / 4)
        #expect(twins.multiplicity.reduce(0, +) == Double(graph.nodeCount))
    }

    @Test("weighted twins need equal weights")
    func weights() {
        var builder = GraphBuilder(nodeCount: 3)
        builder.addEdge(NodeID(0), NodeID(2), weight: 1)
        builder.addEdge(NodeID(1), NodeID(2), weight: 2)
        #expect(TwinClasses(builder.build()).sources == [0, 1, 2])
    }
}
