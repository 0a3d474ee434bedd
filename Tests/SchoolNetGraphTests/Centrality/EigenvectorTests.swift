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

    @Test("Lanczos restarts many times on a ring of cliques and still reaches power iteration's eigenvector")
    func ringOfCliques() {
        // 40 cliques of 6 joined in a ring by one tie each: the top eigenvalues crowd together,
        // so the basis fills and restarts again and again before the top pair converges.
        let cliques = 40
        var builder = GraphBuilder(nodeCount: cliques * 6, isDirected: false)
        for c in 0..<cliques {
            for a in 0..<6 { for b in (a + 1)..<6 { builder.addEdge(NodeID(c * 6 + a), NodeID(c * 6 + b)) } }
            builder.addEdge(NodeID(c * 6 + 5), NodeID(((c + 1) % cliques) * 6 + (c % 5)))
        }
        builder.addEdge(NodeID(0), NodeID(100))  // one chord, so the ring's symmetry does not decide
        let graph = builder.build()
        let lanczos = graph.eigenvector().values
        let power = Self.symmetric(graph).eigenvector(
            EigenvectorOptions(convergence: Convergence(tolerance: 1e-16, maxIterations: 400_000))
        ).values
        #expect(disagreement(lanczos, power, tolerance: 1e-6) == nil)
    }

    @Test("the Jacobi solver finds every eigenpair of a small symmetric matrix")
    func jacobi() {
        // [[2,1,0],[1,2,1],[0,1,2]]: eigenvalues 2-√2, 2, 2+√2.
        let (values, vectors) = Lanczos.symmetricEigen([2, 1, 0, 1, 2, 1, 0, 1, 2], stride: 3, size: 3)
        let root2 = 2.0.squareRoot()
        let expected: [(Double, [Double])] = [
            (2 - root2, [0.5, -0.5 * root2, 0.5]), (2, [0.5 * root2, 0, -0.5 * root2]),
            (2 + root2, [0.5, 0.5 * root2, 0.5]),
        ]
        for (value, vector) in expected {
            let found = values.indices.min { abs(values[$0] - value) < abs(values[$1] - value) }!
            #expect(abs(values[found] - value) < 1e-12)
            let y = Array(vectors[(found * 3)..<(found * 3 + 3)])
            let sign = y.reduce(0, +) + y[0] < 0 ? -1.0 : 1.0
            #expect(zip(y, vector).allSatisfy { abs(sign * $0 - $1) < 1e-12 }, "\(y) \(vector)")
        }
    }
}
