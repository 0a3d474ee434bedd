import Testing

@testable import SchoolNetGraph

@Suite struct GraphBuilderTests {
    @Test("parallel edges merge: weights summed, layers united, counted once")
    func mergesParallelEdges() {
        var builder = GraphBuilder(nodeCount: 3)
        builder.addEdge(NodeID(0), NodeID(1), weight: 1, layers: LayerSet(layer: 0))
        builder.addEdge(NodeID(1), NodeID(0), weight: 2.5, layers: LayerSet(layer: 3))
        builder.addEdge(NodeID(1), NodeID(2), weight: 1, layers: LayerSet(layer: 0))
        let graph = builder.build()
        #expect(graph.edgeCount == 2)
        let edges = graph.edges(of: NodeID(0))
        #expect(edges.count == 1)
        #expect(edges[0].neighbor == NodeID(1))
        #expect(edges[0].weight == 3.5)
        #expect(edges[0].layers.layers == [0, 3])
        #expect(edges[0].layers.count == 2)
    }

    @Test("undirected rows are symmetric and sorted")
    func undirectedRowsSymmetricSorted() {
        var builder = GraphBuilder(nodeCount: 5)
        for (a, b) in [(4, 0), (2, 0), (0, 3), (1, 0), (3, 2)] {
            builder.addEdge(NodeID(a), NodeID(b))
        }
        let graph = builder.build()
        #expect(graph.neighbors(of: NodeID(0)).map(\.index) == [1, 2, 3, 4])
        #expect(graph.neighbors(of: NodeID(3)).map(\.index) == [0, 2])
        #expect(graph.neighbors(of: NodeID(2)).map(\.index) == [0, 3])
        for v in graph.nodes {
            for w in graph.neighbors(of: v) { #expect(graph.neighbors(of: w).contains(v)) }
        }
        #expect(graph.degree(of: NodeID(0)) == 4)
    }

    @Test("directed edges keep their direction")
    func directedKeepsDirection() {
        var builder = GraphBuilder(nodeCount: 2, isDirected: true)
        builder.addEdge(NodeID(1), NodeID(0))
        let graph = builder.build()
        #expect(graph.neighbors(of: NodeID(1)) == [NodeID(0)])
        #expect(graph.neighbors(of: NodeID(0)).isEmpty)
        #expect(graph.density == 0.5)
    }
}
