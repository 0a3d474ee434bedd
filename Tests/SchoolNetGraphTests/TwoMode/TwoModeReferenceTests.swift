import Testing

@testable import SchoolNetGraph

/// Two-mode centralities and Latapy clustering against NetworkX's `bipartite` functions.
@Suite struct TwoModeReferenceTests {
    /// The reference graph as a two-mode graph: the first mode are the actors.
    static func twoMode(_ reference: ResearchReference) -> TwoModeGraph {
        let graph = reference.json["graph"] as! [String: Any]
        let actors = Int(jsonNumber(graph["first_mode"]!))
        let nodes = Int(jsonNumber(graph["nodes"]!))
        var members = [[Int]](repeating: [], count: nodes - actors)
        for edge in graph["edges"] as! [[Any]] {
            let (a, b) = (Int(jsonNumber(edge[0])), Int(jsonNumber(edge[1])))
            members[b - actors].append(a)
        }
        return TwoModeGraph(actorCount: actors, members: members)
    }

    @Test(
        "degree, closeness, betweenness and clustering equal NetworkX's to 1e-9",
        arguments: ["twomode-davis", "twomode-random"])
    func agreement(fixture: String) {
        let reference = ResearchReference(fixture)
        let twoMode = Self.twoMode(reference)
        let centrality = TwoModeCentrality(twoMode)
        let ours: [String: [Double]] = [
            "degree": centrality.degree.values, "closeness": centrality.closeness.values,
            "betweenness": centrality.betweenness.values,
            "clustering_dot": twoMode.latapyClustering(.dot).values,
            "clustering_min": twoMode.latapyClustering(.min).values,
            "clustering_max": twoMode.latapyClustering(.max).values,
        ]
        for (key, values) in ours.sorted(by: { $0.key < $1.key }) {
            let problem = disagreement(values, reference.vector(key), tolerance: 1e-9)
            #expect(problem == nil, "\(fixture) \(key): \(problem ?? "")")
        }
    }

    @Test("a star of one group: the group has the largest betweenness it can, 1")
    func star() {
        let star = TwoModeGraph(actorCount: 4, members: [[0, 1, 2, 3]])
        let centrality = TwoModeCentrality(star)
        #expect(centrality.betweenness.values[4] == 1)
        #expect(centrality.degree.values == [1, 1, 1, 1, 1])
        #expect(star.latapyClustering().values == [1, 1, 1, 1, 0])
        #expect(TwoModeCentrality(TwoModeGraph(actorCount: 3, members: [])).degree.values.allSatisfy { $0.isNaN })
    }
}
