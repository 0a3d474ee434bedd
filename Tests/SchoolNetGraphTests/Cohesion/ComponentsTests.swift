import Testing

@testable import SchoolNetGraph

@Suite struct ComponentsTests {
    static func graph(_ n: Int, _ edges: [(Int, Int)]) -> CSRGraph {
        var builder = GraphBuilder(nodeCount: n)
        for (a, b) in edges { builder.addEdge(NodeID(a), NodeID(b)) }
        return builder.build()
    }

    @Test("two triangles and an isolate make three components, numbered by smallest node")
    func twoTrianglesAndIsolate() {
        let g = Self.graph(7, [(0, 1), (1, 2), (2, 0), (6, 4), (4, 5), (5, 6)])
        let c = g.components()
        #expect(c.count == 3)
        #expect(c.membership == [0, 0, 0, 1, 2, 2, 2])
        #expect(c.sizes == [3, 1, 3])
        #expect(c.largest == 3)
        #expect(c.isolates == 1)
    }

    @Test("the empty graph has no components")
    func empty() {
        let c = Self.graph(0, []).components()
        #expect(c.count == 0)
        #expect(c.largest == 0)
    }

    @Test("density of complete, path and single-node graphs")
    func density() {
        #expect(Self.graph(4, [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]).density == 1)
        #expect(Self.graph(4, [(0, 1), (1, 2), (2, 3)]).density == 0.5)
        #expect(Self.graph(1, []).density == 0)
    }
}
