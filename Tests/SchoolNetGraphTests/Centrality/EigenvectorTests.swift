import Testing

@testable import SchoolNetGraph

@Suite struct EigenvectorTests {
    /// The same graph as a symmetric directed graph, which takes the power-iteration path.
    static func symmetric(_ graph: CSRGraph) -> CSRGraph {
        var builder = GraphBuilder(nodeCount: graph.nodeCount, isDirected: true)
        for v in graph.nodes {
            for edge in graph.edges(of: v) { builder.addEdge(v, edge.neighbor, weight: edge.weight) }
        }
        return builder.build()
    }

    @Test(
        "Lanczos reaches power iteration's eigenvector, connected or not",
        arguments: ["demo-landscape", "disconnected", "karate", "davis", "star"])
    func lanczosEqualsPowerIteration(fixture: String) {
        let graph = ReferenceData.load(fixture).graph
        let lanczos = graph.eigenvector().values
        let power = Self.symmetric(graph).eigenvector(
            EigenvectorOptions(convergence: Convergence(tolerance: 1e-15, maxIterations: 200_000))
        ).values
        #expect(disagreement(lanczos, power, tolerance: 1e-6) == nil, "\(fixture)")
    }

    @Test("the tridiagonal solver finds the top eigenpair")
    func tridiagonal() {
        // [[2,1,0],[1,2,1],[0,1,2]]: eigenvalues 2-√2, 2, 2+√2.
        let (theta, y) = Lanczos.topEigenpair(alpha: [2, 2, 2], beta: [1, 1])
        #expect(abs(theta - (2 + 2.0.squareRoot())) < 1e-12)
        let expected = [0.5, 0.5 * 2.0.squareRoot(), 0.5]
        #expect(zip(y, expected).allSatisfy { abs(abs($0) - $1) < 1e-12 })
    }
}
