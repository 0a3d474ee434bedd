import Testing

@testable import SchoolNetGraph

/// Core–periphery against numpy (the fit of given partitions), brute force (the best partition
/// of small graphs) and scipy (the continuous coreness).
@Suite struct CorePeripheryTests {
    static let fixtures = [
        "coreperiphery-kite", "coreperiphery-random-1", "coreperiphery-random-2", "coreperiphery-random-3",
        "coreperiphery-planted", "coreperiphery-karate",
    ]

    @Test("the fit of a given partition equals numpy's correlation with the pattern", arguments: fixtures)
    func fit(fixture: String) {
        let reference = ResearchReference(fixture)
        for given in reference.json["given"] as! [[String: Any]] {
            var isCore = [Bool](repeating: false, count: reference.graph.nodeCount)
            for v in (given["core"] as! [Any]).map({ Int(jsonNumber($0)) }) { isCore[v] = true }
            #expect(agrees(reference.graph.corePeripheryFit(isCore), jsonNumber(given["fit"]!), tolerance: 1e-12))
        }
    }

    @Test(
        "the discrete search finds the best partition of every small graph (brute force over all)",
        arguments: fixtures.dropLast())
    func optimum(fixture: String) {
        let reference = ResearchReference(fixture)
        let result = reference.graph.discreteCorePeriphery()
        let best = reference.number("best_fit")
        #expect(result.fit >= best - 1e-12, "\(fixture): \(result.fit) against the best \(best)")
        #expect(agrees(reference.graph.corePeripheryFit(result.isCore), result.fit, tolerance: 1e-12))
    }

    @Test("continuous coreness equals scipy's least squares to 1e-6, and its fit numpy's", arguments: fixtures)
    func continuous(fixture: String) {
        let reference = ResearchReference(fixture)
        let coreness = reference.graph.continuousCoreness()
        let problem = disagreement(coreness.values, reference.vector("coreness"), tolerance: 1e-6)
        #expect(problem == nil, "\(fixture): \(problem ?? "")")
        #expect(agrees(coreness.fit, reference.number("coreness_fit"), tolerance: 1e-6))
    }

    @Test("a star is all core at its centre; an empty graph has no fit")
    func smallCases() {
        var builder = GraphBuilder(nodeCount: 6)
        for leaf in 1..<6 { builder.addEdge(NodeID(0), NodeID(leaf)) }
        let star = builder.build().discreteCorePeriphery()
        #expect(star.isCore == [true, false, false, false, false, false])
        #expect(abs(star.fit - 1) < 1e-12)
        #expect(GraphBuilder(nodeCount: 4).build().discreteCorePeriphery().fit.isNaN)
        #expect(GraphBuilder(nodeCount: 4).build().continuousCoreness().values == [0, 0, 0, 0])
    }
}
