import Testing

@testable import SchoolNetGraph

/// Davis's southern women projected onto the women, against NetworkX's projections.
@Suite struct ProjectionReferenceTests {
    let davis = ReferenceData.load("davis")

    var twoMode: TwoModeGraph {
        let partition = (davis.raw["graph"] as! [String: Any])["partition"] as! [Int]
        let women = partition.filter { $0 == 0 }.count
        var members = [[Int]](repeating: [], count: partition.count - women)
        for v in 0..<women {
            for event in davis.graph.neighbors(of: NodeID(v)) { members[event.index - women].append(v) }
        }
        return TwoModeGraph(actorCount: women, members: members)
    }

    func expected(_ key: String) -> [[Double]] {
        ((davis.raw["projection"] as! [String: Any])[key] as! [[Any]]).map { $0.map(jsonNumber) }
    }

    func edges(_ graph: CSRGraph) -> [[Double]] {
        graph.nodes.flatMap { v in
            graph.edges(of: v).filter { $0.neighbor.index > v.index }.map {
                [Double(v.index), Double($0.neighbor.index), $0.weight]
            }
        }
    }

    @Test("co-membership counts equal NetworkX's weighted_projected_graph")
    func counts() {
        #expect(edges(twoMode.cliqueProjection()) == expected("count_nx"))
    }

    @Test("Newman weights equal NetworkX's collaboration_weighted_projected_graph")
    func newman() {
        let ours = edges(twoMode.cliqueProjection(weighting: .newman))
        let theirs = expected("newman_nx")
        #expect(ours.count == theirs.count)
        for (a, b) in zip(ours, theirs) {
            #expect(a[0] == b[0] && a[1] == b[1] && abs(a[2] - b[2]) < 1e-12)
        }
    }

    @Test("the two-mode graph is the Davis graph; its projection has the projected graph's edges")
    func shape() {
        #expect(twoMode.graph.edgeCount == davis.graph.edgeCount)
        #expect(twoMode.cliqueProjection().edgeCount == ReferenceData.load("davis-women").graph.edgeCount)
    }
}
