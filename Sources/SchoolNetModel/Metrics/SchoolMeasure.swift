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
    /// Estimate betweenness from this many sampled sources instead of computing it exactly.
    public var betweennessSamples: Int?
    /// The seed of the sample.
    public var seed: UInt64 = 1

    public init(weighted: Bool = false, convention: Convention = .networkx, betweennessSamples: Int? = nil, seed: UInt64 = 1) {
        self.weighted = weighted
        self.convention = convention
        self.betweennessSamples = betweennessSamples
        self.seed = seed
    }
}

/// The chosen measures for every school of a network: `values[measure][i]` is the score of
/// `network.schools[i]`.
public struct SchoolMetrics: Sendable {
    public let measures: [SchoolMeasure]
    public let values: [SchoolMeasure: NodeScores]
    public let options: MetricOptions
    /// With sampled betweenness: the bound every normalised estimate is within, with
    /// probability 0.95 (see ``CSRGraph/sampledBetweenness(samples:seed:failureProbability:_:)``).
    public let betweennessErrorBound: Double?
    /// Degree and strength in each layer of the network that has ties, when asked for.
    public let perLayer: [(layer: Layer, degree: NodeScores, strength: NodeScores)]

    /// Computes only the measures asked for, so that each can be timed alone.
    public init(
        _ network: SchoolNetwork, measures: [SchoolMeasure] = SchoolMeasure.allCases, options: MetricOptions = MetricOptions(),
        perLayer: Bool = false
    ) {
        let graph = network.graph
        var bound: Double? = nil
        let lengths = options.weighted ? graph.reweighted { 1 / $0 } : graph
        let w = options.weighted, convention = options.convention
        var values: [SchoolMeasure: NodeScores] = [:]
        for measure in measures {
            values[measure] = switch measure {
            case .degree: graph.degrees()
            case .strength: graph.strengths()
            case .betweenness:
                if let samples = options.betweennessSamples {
                    {
                        let estimate = lengths.sampledBetweenness(
                            samples: samples, seed: options.seed,
                            BetweennessOptions(weighted: w, normalization: convention == .igraph ? .none : .networkx))
                        bound = estimate.errorBound
                        return estimate.scores
                    }()
                } else {
                    lengths.betweenness(BetweennessOptions(weighted: w, normalization: convention == .igraph ? .none : .networkx))
                }
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
        betweennessErrorBound = bound
        self.perLayer = perLayer ? Layer.all.compactMap { layer in
            let set = LayerSet([layer])
            let degree = graph.degrees(layers: set)
            guard degree.values.contains(where: { $0 > 0 }) else { return nil }
            return (layer, degree, graph.strengths(layers: set))
        } : []
    }
}
