import Testing

@testable import SchoolNetGraph

/// Ego networks against NetworkX's `ego_graph` with the ego removed.
@Suite struct EgoNetworkTests {
    @Test("size, ties, density and components equal NetworkX's", arguments: ["ego-demo", "ego-sparse"])
    func agreement(fixture: String) {
        let reference = ResearchReference(fixture)
        let ego = reference.graph.egoNetworks()
        #expect(ego.size.map(Double.init) == reference.vector("size"))
        #expect(ego.ties.map(Double.init) == reference.vector("ties"))
        #expect(ego.components.map(Double.init) == reference.vector("components"))
        #expect(disagreement(ego.density, reference.vector("density"), tolerance: 1e-12) == nil)
        for v in ego.size.indices {
            #expect(ego.unconnectedPairs[v] == ego.size[v] * (ego.size[v] - 1) / 2 - ego.ties[v])
        }
    }
}
