import Testing

@testable import SchoolNetGraph

/// Measures neither NetworkX nor igraph computes, on graphs small enough to count by hand.
@Suite struct BrokerageTests {
    static func graph(_ n: Int, _ edges: [(Int, Int)], directed: Bool = false) -> CSRGraph {
        var builder = GraphBuilder(nodeCount: n, isDirected: directed)
        for (a, b) in edges { builder.addEdge(NodeID(a), NodeID(b)) }
        return builder.build()
    }

    @Test("E-I index: two groups of two joined by one tie")
    func eiIndex() {
        // Groups {0,1} and {2,3}; ties 0-1, 2-3 inside, 1-2 across.
        let result = Self.graph(4, [(0, 1), (2, 3), (1, 2)]).eiIndex(groups: Partition([0, 0, 1, 1]))
        #expect(result.network == (1.0 - 2.0) / 3.0)
        #expect(result.groups == [0, 0])  // each group: 1 external, 1 internal
        #expect(result.nodes == [-1, 0, 0, -1])
        #expect(Self.graph(3, []).eiIndex(groups: Partition([0, 0, 1])).network.isNaN)
    }

    @Test("Gould-Fernandez: each role once on a directed chain through groups")
    func roles() {
        // i -> j -> k two-paths; groups chosen to produce each role once at node 1.
        let g = Self.graph(3, [(0, 1), (1, 2)], directed: true)
        #expect(g.brokerage(groups: Partition([0, 0, 0])).coordinator == [0, 1, 0])
        #expect(g.brokerage(groups: Partition([0, 1, 0])).itinerant == [0, 1, 0])
        #expect(g.brokerage(groups: Partition([0, 0, 1])).representative == [0, 1, 0])
        #expect(g.brokerage(groups: Partition([0, 1, 1])).gatekeeper == [0, 1, 0])
        #expect(g.brokerage(groups: Partition([0, 1, 2])).liaison == [0, 1, 0])
        // A direct tie 0 -> 2 closes the path: no brokerage.
        let closed = Self.graph(3, [(0, 1), (1, 2), (0, 2)], directed: true)
        #expect(closed.brokerage(groups: Partition([0, 1, 2])).total == [0, 0, 0])
        // Undirected: the centre of a 3-path brokers both ways.
        let path = Self.graph(3, [(0, 1), (1, 2)])
        #expect(path.brokerage(groups: Partition([0, 1, 2])).liaison == [0, 2, 0])
    }

    @Test("Freeman centralization is 1 for a star and 0 for a complete graph")
    func centralization() {
        let star = Self.graph(6, (1..<6).map { (0, $0) })
        #expect(agrees(Centralization.degree(star), 1, tolerance: 1e-12))
        #expect(agrees(Centralization.betweenness(star), 1, tolerance: 1e-12))
        #expect(agrees(Centralization.closeness(star), 1, tolerance: 1e-12))
        var edges: [(Int, Int)] = []
        for a in 0..<5 { for b in (a + 1)..<5 { edges.append((a, b)) } }
        let complete = Self.graph(5, edges)
        #expect(Centralization.degree(complete) == 0)
        #expect(Centralization.betweenness(complete) == 0)
        // A path of 4: degrees 1,2,2,1 → (1 + 0 + 0 + 1) / (3 × 2).
        #expect(agrees(Centralization.degree(Self.graph(4, [(0, 1), (1, 2), (2, 3)])), 2.0 / 6.0, tolerance: 1e-12))
    }
}
