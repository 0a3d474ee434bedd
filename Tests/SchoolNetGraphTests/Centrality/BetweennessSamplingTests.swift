import Testing

@testable import SchoolNetGraph

@Suite struct BetweennessSamplingTests {
    @Test("sampling every node gives the exact values and a zero bound")
    func everyNode() {
        let karate = ReferenceData.load("karate").graph
        let estimate = karate.sampledBetweenness(samples: karate.nodeCount, seed: 7)
        #expect(estimate.errorBound == 0)
        #expect(disagreement(estimate.scores.values, karate.betweenness().values, tolerance: 1e-12) == nil)
    }

    @Test("estimates stay within the stated bound", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func withinBound(seed: UInt64) {
        let graph = ReferenceData.load("demo-landscape").graph
        let exact = graph.betweenness().values
        let estimate = graph.sampledBetweenness(samples: 60, seed: seed)
        #expect(estimate.errorBound > 0 && estimate.errorBound < 1)
        let worst = zip(estimate.scores.values, exact).map { abs($0 - $1) }.max()!
        #expect(worst <= estimate.errorBound)
        #expect(graph.sampledBetweenness(samples: 60, seed: seed).scores == estimate.scores)
    }
}
