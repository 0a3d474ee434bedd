import SchoolNetGraph

/// The timed measures, by the names the comparison script uses.
enum Workload: String, CaseIterable {
    case betweenness, closeness, harmonic, pagerank, eigenvector, core, components, clustering, louvain

    /// Runs the measure; returns its per-node values (Louvain: the modularity, as one value).
    func run(on graph: CSRGraph) -> [Double] {
        switch self {
        case .betweenness: graph.betweenness(BetweennessOptions(normalization: .none)).values
        case .closeness: graph.closeness(ClosenessOptions(convention: .igraph)).values
        case .harmonic: graph.harmonic().values
        case .pagerank: graph.pageRank(PageRankOptions(convergence: Convergence(tolerance: 1e-10, maxIterations: 1000))).values
        case .eigenvector: graph.eigenvector(EigenvectorOptions(convention: .igraph)).values
        case .core: graph.coreNumbers().values
        case .components: graph.components().membership.map(Double.init)
        case .clustering: graph.clustering().values
        case .louvain: [graph.louvain().modularity]
        }
    }
}
