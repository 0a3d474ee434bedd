import Testing

@testable import SchoolNetGraph

/// Every measure NetworkX or igraph also computes, on every fixture graph, against the values
/// they produced (`generate_reference.py`).
@Suite struct ReferenceAgreementTests {
    static let exact = 1e-9
    static let iterative = 1e-6

    /// How we compute each per-node reference key.
    static let vectorMeasures: [String: @Sendable (CSRGraph) -> NodeScores] = [
        "degree": { $0.degrees() },
        "in_degree": { $0.inDegrees() },
        "out_degree": { $0.outDegrees() },
        "strength": { $0.strengths() },
        "igraph_strength": { $0.strengths() },
        "betweenness_nx": { $0.betweenness() },
        "betweenness_raw_nx": { $0.betweenness(BetweennessOptions(normalization: .none)) },
        "betweenness_igraph": { $0.betweenness(BetweennessOptions(normalization: .none)) },
        "betweenness_weighted_nx": { $0.betweenness(BetweennessOptions(weighted: true)) },
        "betweenness_weighted_igraph": { $0.betweenness(BetweennessOptions(weighted: true, normalization: .none)) },
        "closeness_nx": { $0.closeness() },
        "closeness_igraph": { $0.closeness(ClosenessOptions(convention: .igraph)) },
        "closeness_weighted_nx": { $0.closeness(ClosenessOptions(weighted: true)) },
        "harmonic_nx": { $0.harmonic() },
        "harmonic_igraph": { $0.harmonic(ClosenessOptions(convention: .igraph)) },
        "pagerank_nx": { $0.pageRank() },
        "pagerank_igraph": { $0.pageRank() },
        "pagerank_weighted_nx": { $0.pageRank(PageRankOptions(weighted: true)) },
        "pagerank_weighted_igraph": { $0.pageRank(PageRankOptions(weighted: true)) },
        "eigenvector_nx": { $0.eigenvector() },
        "eigenvector_igraph": { $0.eigenvector(EigenvectorOptions(convention: .igraph)) },
        "eigenvector_weighted_nx": { $0.eigenvector(EigenvectorOptions(weighted: true)) },
        "core_nx": { $0.coreNumbers() },
        "core_igraph": { $0.coreNumbers() },
        "clustering_nx": { $0.clustering() },
        "clustering_igraph": { $0.clustering() },
        "clustering_weighted_nx": { $0.clustering(weighted: true) },
        "constraint_nx": { $0.constraint() },
        "constraint_igraph": { $0.constraint() },
        "constraint_weighted_nx": { $0.constraint(weighted: true) },
        "constraint_weighted_igraph": { $0.constraint(weighted: true) },
        "effective_size_nx": { $0.effectiveSize() },
        "effective_size_weighted_nx": { $0.effectiveSize(weighted: true) },
        "effective_size_burt": { $0.effectiveSize() },
    ]

    static let scalarMeasures: [String: @Sendable (CSRGraph) -> Double] = [
        "density": { $0.density },
        "igraph_density": { $0.density },
        "transitivity_nx": { $0.transitivity() },
        "transitivity_igraph": { $0.transitivity() },
        "average_clustering_nx": { $0.averageClustering() },
        "components_nx": { Double($0.components().count) },
        "weak_components_nx": { Double($0.components().count) },
        "strong_components_nx": { Double($0.strongComponents().count) },
        "reciprocity_nx": { $0.reciprocity() },
        "reciprocity_igraph": { $0.reciprocity() },
        "degree_assortativity_nx": { $0.degreeAssortativity() },
        "degree_assortativity_igraph": { $0.degreeAssortativity() },
    ]

    /// Reference keys checked by other suites.
    static let checkedElsewhere: Set<String> = [
        "club_assortativity_nx", "phase_assortativity_nx", "ofsted_assortativity_nx", "governance_assortativity_nx",
        "club_assortativity_igraph", "club_modularity_nx", "club_modularity_igraph",
        "multilevel_membership_igraph", "multilevel_modularity_igraph",
        "club_vs_multilevel_nmi_igraph", "club_vs_multilevel_ari_igraph",
    ]

    static func tolerance(_ key: String) -> Double {
        key.hasPrefix("pagerank") || key.hasPrefix("eigenvector") ? iterative : exact
    }

    @Test("every reference value agrees", arguments: ReferenceData.all().map(\.name))
    func agreement(fixture: String) {
        let reference = ReferenceData.load(fixture)
        #expect(!reference.measures.isEmpty)
        for key in reference.measures.keys.sorted() {
            if let measure = Self.vectorMeasures[key] {
                let ours = measure(reference.graph).values
                var theirs = reference.vector(key)!
                // NetworkX's nodes= path gives NaN for a directed node with incoming ties only;
                // there the published definition (effective_size_burt) is the reference.
                if key == "effective_size_nx", reference.graph.isDirected,
                    let burt = reference.vector("effective_size_burt")
                {
                    for i in theirs.indices where theirs[i].isNaN && !burt[i].isNaN { theirs[i] = burt[i] }
                }
                let problem = disagreement(ours, theirs, tolerance: Self.tolerance(key))
                #expect(problem == nil, "\(fixture) \(key): \(problem ?? "")")
            } else if let measure = Self.scalarMeasures[key] {
                let ours = measure(reference.graph)
                let theirs = reference.number(key)!
                #expect(
                    agrees(ours, theirs, tolerance: Self.tolerance(key)),
                    "\(fixture) \(key): ours \(ours), reference \(theirs)")
            } else {
                #expect(
                    Self.checkedElsewhere.contains(key), "\(fixture): reference key \(key) is not checked by any test")
            }
        }
    }

    @Test("the fixtures named by the network-core issue are all present")
    func fixturesPresent() {
        let names = Set(ReferenceData.all().map(\.name))
        for required in [
            "path", "star", "complete", "kite", "karate", "davis", "demo-landscape", "disconnected", "weighted",
            "directed",
        ] {
            #expect(names.contains(required), "\(required)")
        }
    }
}
