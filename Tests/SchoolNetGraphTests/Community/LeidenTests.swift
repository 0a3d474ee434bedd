import Testing

@testable import SchoolNetGraph

/// Leiden against igraph's `community_leiden` and the leidenalg package, and its guarantee.
@Suite struct LeidenTests {
    @Test(
        "Leiden's modularity is at least igraph's best over ten seeds minus 0.005",
        arguments: ["leiden-region", "leiden-karate"], [false, true])
    func modularity(fixture: String, weighted: Bool) {
        let reference = ResearchReference(fixture)
        let key = weighted ? "modularity_weighted" : "modularity_unweighted"
        let igraph = reference.number(key, "igraph_leiden_max")
        for seed in [1, 2, 3] as [UInt64] {
            let result = reference.graph.leiden(LeidenOptions(weighted: weighted, seed: seed))
            #expect(result.quality >= igraph - 0.005, "\(fixture) seed \(seed): \(result.quality) against \(igraph)")
            #expect(abs(result.quality - reference.graph.modularity(result.partition, weighted: weighted)) < 1e-12)
        }
    }

    @Test("CPM quality of leidenalg's partition equals leidenalg's; Leiden's own is at least its best minus 0.5%")
    func cpm() {
        for fixture in ["leiden-region", "leiden-karate"] {
            let reference = ResearchReference(fixture)
            let gamma = reference.number("cpm", "resolution")
            let theirs = Partition(reference.integers("cpm", "leidenalg_membership"))
            let best = reference.number("cpm", "leidenalg_max")
            #expect(abs(reference.graph.cpmQuality(theirs, resolution: gamma) - best) <= 1e-9 * max(1, abs(best)))
            let ours = reference.graph.leiden(LeidenOptions(objective: .cpm, resolution: gamma))
            #expect(ours.quality >= best - 0.005 * abs(best), "\(fixture): \(ours.quality) against \(best)")
        }
    }

    @Test("every Leiden community is connected; the same seed gives the same partition")
    func connectedAndSeeded() {
        let region = ResearchReference("leiden-region").graph
        for options in [
            LeidenOptions(seed: 7), LeidenOptions(weighted: true, resolution: 2.5, seed: 8),
            LeidenOptions(objective: .cpm, resolution: 0.2, seed: 9),
        ] {
            let result = region.leiden(options)
            for community in result.partition.communities {
                let inside = region.inducedSubgraph(community.map { NodeID($0) })
                #expect(inside.components().count == 1, "\(options): a community of \(community.count) is split")
            }
            #expect(region.leiden(options).partition == result.partition)
        }
    }

    @Test("large levels move, refine and merge on two cores: communities connected, the same seed the same partition")
    func parallelRefinement() {
        // 60 groups of 90 (5,400 nodes, above the parallel threshold), dense inside, sparse across.
        var random = SplitMix64(seed: 21)
        let n = 5_400
        #expect(n >= CommunityGraph.twoCoreNodes)
        var builder = GraphBuilder(nodeCount: n)
        for a in 0..<n {
            for _ in 0..<6 {
                let b =
                    Double.random(in: 0..<1, using: &random) < 0.9
                    ? (a / 90) * 90 + Int.random(in: 0..<90, using: &random) : Int.random(in: 0..<n, using: &random)
                if b != a { builder.addEdge(NodeID(a), NodeID(b)) }
            }
        }
        let graph = builder.build()
        let result = graph.leiden(LeidenOptions(seed: 4))
        #expect(graph.leiden(LeidenOptions(seed: 4)).partition == result.partition)
        #expect(result.partition.count >= 50 && result.partition.count <= 70)
        for community in result.partition.communities {
            let inside = graph.inducedSubgraph(community.map { NodeID($0) })
            #expect(inside.components().count == 1, "a community of \(community.count) is split")
        }
        let planted = Partition((0..<n).map { $0 / 90 })
        #expect(result.quality >= graph.modularity(planted) - 0.005)
        // Numbered group by group, the halves meet along a short border: the first level moves
        // in halves on two cores.
        let split = MovingSplit(CommunityGraph(graph, weighted: false, droppingSelfTies: true))
        #expect(split != nil)
        #expect(split.map { $0.border.filter { $0 }.count < n / 2 } ?? false)

        // The same graph with its nodes numbered at random: the border is long, the level moves
        // on one core, and the result is as good.
        var shuffled = Array(0..<n)
        shuffled.shuffle(using: &random)
        var renumbered = GraphBuilder(nodeCount: n)
        for u in 0..<n {
            for (v, _, _) in graph.edges(of: NodeID(u)) where u < v.index {
                renumbered.addEdge(NodeID(shuffled[u]), NodeID(shuffled[v.index]))
            }
        }
        let scattered = renumbered.build()
        #expect(MovingSplit(CommunityGraph(scattered, weighted: false, droppingSelfTies: true)) == nil)
        let scatteredResult = scattered.leiden(LeidenOptions(seed: 4))
        #expect(abs(scatteredResult.quality - result.quality) < 0.005)
    }

    @Test("no single node can move to raise modularity at the end")
    func locallyOptimal() {
        let graph = ResearchReference("leiden-karate").graph
        let result = graph.leiden(LeidenOptions(seed: 3))
        var membership = result.partition.membership
        for v in 0..<graph.nodeCount {
            let original = membership[v]
            for c in Set(graph.neighbors(of: NodeID(v)).map { membership[$0.index] }) where c != original {
                membership[v] = c
                #expect(graph.modularity(Partition(membership)) <= result.quality + 1e-12, "node \(v) to \(c)")
            }
            membership[v] = original
        }
    }

    @Test("the two cliques of a barbell; an empty graph; one round only when asked")
    func smallCases() {
        let barbell = SmallGraphs.barbell(size: 4)
        #expect(barbell.leiden().partition.membership == [0, 0, 0, 0, 1, 1, 1, 1])
        let empty = GraphBuilder(nodeCount: 3).build().leiden()
        #expect(empty.partition.count == 3)
        #expect(empty.quality.isNaN)
        let once = ResearchReference("leiden-karate").graph.leiden(LeidenOptions(iterations: 1))
        #expect(once.partition.count > 1)
    }
}
