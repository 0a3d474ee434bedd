import SchoolNetGraph

/// A per-school measure of `schoolnet metrics`, in the order of its columns.
public enum SchoolMeasure: String, Enumeration {
    case degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, core, clustering, constraint
    case effectiveSize = "effective_size"
}

/// How the per-school measures are computed.
public struct MetricOptions: Sendable, Equatable {
    /// Use tie weights: as strengths for eigenvector, PageRank, clustering, constraint and
    /// effective size; as lengths 1/weight for betweenness, closeness and harmonic centrality.
    public var weighted = false
    /// NetworkX's conventions (the default) or igraph's where they differ: raw betweenness,
    /// closeness within the reachable set, harmonic centrality divided by n − 1, eigenvector
    /// centrality scaled to a maximum of 1.
    public var convention = Convention.networkx

    public init(weighted: Bool = false, convention: Convention = .networkx) {
        self.weighted = weighted
        self.convention = convention
    }
}

/// The chosen measures for every school of a network: `values[measure][i]` is the score of
/// `network.schools[i]`.
public struct SchoolMetrics: Sendable {
    public let measures: [SchoolMeasure]
    public let values: [SchoolMeasure: NodeScores]
    public let options: MetricOptions

    /// Computes only the measures asked for, so that each can be timed alone.
    public init(_ network: SchoolNetwork, measures: [SchoolMeasure] = SchoolMeasure.allCases, options: MetricOptions = MetricOptions()) {
        let graph = network.graph
        let lengths = options.weighted ? graph.reweighted { 1 / $0 } : graph
        let w = options.weighted, convention = options.convention
        var values: [SchoolMeasure: NodeScores] = [:]
        for measure in measures {
            values[measure] = switch measure {
            case .degree: graph.degrees()
            case .strength: graph.strengths()
            case .betweenness:
                lengths.betweenness(BetweennessOptions(weighted: w, normalization: convention == .igraph ? .none : .networkx))
            case .closeness: lengths.closeness(ClosenessOptions(weighted: w, convention: convention))
            case .harmonic: lengths.harmonic(ClosenessOptions(weighted: w, convention: convention))
            case .eigenvector: graph.eigenvector(EigenvectorOptions(weighted: w, convention: convention))
            case .pagerank: graph.pageRank(PageRankOptions(weighted: w))
            case .core: graph.coreNumbers()
            case .clustering: graph.clustering(weighted: w)
            case .constraint: graph.constraint(weighted: w)
            case .effectiveSize: graph.effectiveSize(weighted: w)
            }
        }
        self.measures = SchoolMeasure.allCases.filter(measures.contains)
        self.values = values
        self.options = options
    }
}
