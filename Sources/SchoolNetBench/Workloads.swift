import SchoolNetGraph

/// The measures the comparison script times on an edge list, by the names it uses: every
/// per-school measure of `schoolnet metrics` that a peer also computes (strength is degree on an
/// unweighted edge list), plus components, Louvain and Leiden (modularity).
enum Workload: String, CaseIterable {
    case degree, betweenness, closeness, harmonic, pagerank, eigenvector, core, clustering, constraint
    case effectiveSize = "effective_size"
    case components, louvain, leiden

    /// Runs the measure with igraph's conventions where NetworkX's differ; returns its per-node
    /// values (Louvain and Leiden: the modularity, as one value, from the given seed).
    func run(on graph: CSRGraph, seed: UInt64 = 1) -> [Double] {
        switch self {
        case .degree: graph.degrees().values
        case .betweenness: graph.betweenness(BetweennessOptions(normalization: .none)).values
        case .closeness: graph.closeness(ClosenessOptions(convention: .igraph)).values
        case .harmonic: graph.harmonic().values
        case .pagerank:
            graph.pageRank(PageRankOptions(convergence: Convergence(tolerance: 1e-10, maxIterations: 1000))).values
        case .eigenvector: graph.eigenvector(EigenvectorOptions(convention: .igraph)).values
        case .core: graph.coreNumbers().values
        case .clustering: graph.clustering().values
        case .constraint: graph.constraint().values
        case .effectiveSize: graph.effectiveSize().values
        case .components: graph.components().membership.map(Double.init)
        case .louvain: [graph.louvain(LouvainOptions(seed: seed)).modularity]
        case .leiden: [graph.leiden(LeidenOptions(seed: seed)).quality]
        }
    }
}
