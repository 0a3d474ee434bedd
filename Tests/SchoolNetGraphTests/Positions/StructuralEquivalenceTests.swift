import Testing

@testable import SchoolNetGraph

/// Profile distances against their definitions computed pair by pair, and average linkage
/// against SciPy's.
@Suite struct StructuralEquivalenceTests {
    @Test(
        "distances, merge heights and clusters equal the definitions' and SciPy's",
        arguments: ["equivalence-weighted", "equivalence-unweighted"], ProfileDistance.allCases)
    func agreement(fixture: String, kind: ProfileDistance) {
        let reference = ResearchReference(fixture)
        let weighted = reference.json["weighted"] as! Bool
        let n = reference.graph.nodeCount
        let distances = reference.graph.profileDistances(kind, weighted: weighted)
        let expected = reference.json[kind.rawValue] as! [String: Any]
        var upper: [Double] = []
        for i in 0..<n { for j in (i + 1)..<n { upper.append(distances[i * n + j]) } }
        let theirs = (expected["distances"] as! [Any]).map(jsonNumber)
        #expect(disagreement(upper, theirs, tolerance: 1e-9) == nil, "\(fixture) \(kind)")
        let clustering = HierarchicalClustering(distances: distances, count: n)
        let heights = (expected["heights"] as! [Any]).map(jsonNumber)
        // Two merges at one height may be made in either order, and the later merges then
        // differ: the dendrogram is unique only up to the first tie.
        let firstTie =
            (0..<(heights.count - 1)).first { abs(heights[$0] - heights[$0 + 1]) <= 1e-9 } ?? heights.count - 1
        let ours = Array(clustering.merges.map(\.height).prefix(firstTie + 1))
        #expect(disagreement(ours, Array(heights.prefix(firstTie + 1)), tolerance: 1e-9) == nil, "\(fixture) \(kind)")
        for (k, labels) in expected["clusters"] as! [String: [Any]] {
            let k = Int(k)!
            // clusters(k) applies merges 0 ..< n − k, all before the first tie.
            guard n - k <= firstTie else { continue }
            let clusters = clustering.clusters(k)
            #expect(clusters == Partition(labels.map { Int(jsonNumber($0)) }), "\(fixture) \(kind) k=\(k)")
            #expect(clusters.count == k)
        }
        if fixture == "equivalence-weighted" { #expect(firstTie == n - 2, "no ties in the weighted fixture") }
    }

    @Test("structurally equivalent nodes are at distance 0 and cluster first")
    func twins() {
        // 0 and 1 are tied to exactly 2, 3 and 4; 5 hangs off 4.
        var builder = GraphBuilder(nodeCount: 6)
        for (a, b) in [(0, 2), (0, 3), (0, 4), (1, 2), (1, 3), (1, 4), (4, 5)] {
            builder.addEdge(NodeID(a), NodeID(b))
        }
        let graph = builder.build()
        for kind in ProfileDistance.allCases {
            let d = graph.profileDistances(kind)
            #expect(abs(d[0 * 6 + 1]) < 1e-12)
            let first = HierarchicalClustering(distances: d, count: 6).merges[0]
            #expect(first.height < 1e-12)
        }
    }
}
