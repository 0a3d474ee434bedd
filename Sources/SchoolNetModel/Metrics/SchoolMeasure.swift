import SchoolNetGraph

/// A per-school measure of `schoolnet metrics`: its name (the column), what it means, and how it
/// is computed on a school network.
///
/// The measures are registered once, in ``all``, in the order of their columns; the command's
/// help, its columns, `--size-by` and the benchmarks all read that list. Adding a measure takes
/// the algorithm (in `SchoolNetGraph`) and one entry there.
public struct SchoolMeasure: Sendable {
    /// The column name and the name on the command line (`betweenness`, `effective_size`).
    public let name: String
    /// One sentence: the definition and the convention it follows.
    public let meaning: String
    private let compute: @Sendable (MeasureInput) -> MeasureOutcome

    public init(_ name: String, meaning: String, compute: @escaping @Sendable (MeasureInput) -> MeasureOutcome) {
        self.name = name
        self.meaning = meaning
        self.compute = compute
    }

    /// The measure on `input`.
    public func callAsFunction(_ input: MeasureInput) -> MeasureOutcome { compute(input) }
}

/// What a measure is computed on.
public struct MeasureInput: Sendable {
    /// The school network, weights as strengths.
    public let graph: CSRGraph
    /// The same network with lengths 1/weight when weighted (for path measures), else `graph`.
    public let lengths: CSRGraph
    public let options: MetricOptions
    /// Told how far a long measure (exact betweenness) has gone.
    public let progress: (any ProgressListener)?

    public init(graph: CSRGraph, options: MetricOptions, progress: (any ProgressListener)? = nil) {
        self.graph = graph
        self.options = options
        self.progress = progress
        lengths = options.weighted ? graph.reweighted { 1 / $0 } : graph
    }
}

/// A measure's scores, and for an estimate the bound on its error.
public struct MeasureOutcome: Sendable {
    public let scores: NodeScores
    /// With probability 0.95 every estimate is within this of the exact value; nil when exact.
    public let errorBound: Double?

    public init(_ scores: NodeScores, errorBound: Double? = nil) {
        self.scores = scores
        self.errorBound = errorBound
    }
}

extension SchoolMeasure {
    /// Every measure, in the order of `schoolnet metrics`' columns: the registration list. A
    /// new measure is one entry here (and its algorithm in SchoolNetGraph).
    public static let all: [SchoolMeasure] = [
        SchoolMeasure("degree", meaning: "Ties to other schools (NetworkX degree; in- plus out-degree when directed).")
        {
            MeasureOutcome($0.graph.degrees())
        },
        SchoolMeasure(
            "strength", meaning: "Sum of the weights of the school's ties (shared structures plus link weights)."
        ) {
            MeasureOutcome($0.graph.strengths())
        },
        SchoolMeasure(
            "betweenness",
            meaning: "Share of shortest paths between other schools that pass through the school (Brandes 2001; "
                + "normalised as NetworkX, raw under igraph's convention)."
        ) { input in
            let options = BetweennessOptions(
                weighted: input.options.weighted,
                normalization: input.options.convention == .igraph ? .none : .networkx,
                progress: input.progress)
            guard let samples = input.options.betweennessSamples else {
                return MeasureOutcome(input.lengths.betweenness(options))
            }
            let estimate = input.lengths.sampledBetweenness(samples: samples, seed: input.options.seed, options)
            return MeasureOutcome(estimate.scores, errorBound: estimate.errorBound)
        },
        SchoolMeasure(
            "closeness",
            meaning: "Inverse mean distance to the schools it reaches (NetworkX closeness_centrality, Wasserman-Faust)."
        ) {
            MeasureOutcome(
                $0.lengths.closeness(ClosenessOptions(weighted: $0.options.weighted, convention: $0.options.convention))
            )
        },
        SchoolMeasure(
            "harmonic", meaning: "Sum of inverse distances to every other school (NetworkX harmonic_centrality)."
        ) {
            MeasureOutcome(
                $0.lengths.harmonic(ClosenessOptions(weighted: $0.options.weighted, convention: $0.options.convention)))
        },
        SchoolMeasure(
            "eigenvector",
            meaning: "Principal eigenvector of the adjacency matrix, unit length (NetworkX eigenvector_centrality)."
        ) {
            MeasureOutcome(
                $0.graph.eigenvector(
                    EigenvectorOptions(weighted: $0.options.weighted, convention: $0.options.convention)))
        },
        SchoolMeasure(
            "pagerank",
            meaning:
                "PageRank with damping 0.85, summing to 1, walking ties in proportion to their weight as NetworkX's "
                + "pagerank does by default (unweighted under igraph's convention unless weighted)."
        ) {
            MeasureOutcome(
                $0.graph.pageRank(PageRankOptions(weighted: $0.options.weighted || $0.options.convention == .networkx)))
        },
        SchoolMeasure("core", meaning: "The largest k such that the school is in the k-core (NetworkX core_number).") {
            MeasureOutcome($0.graph.coreNumbers())
        },
        SchoolMeasure(
            "clustering", meaning: "Share of pairs of the school's neighbours that are tied (NetworkX clustering)."
        ) {
            MeasureOutcome($0.graph.clustering(weighted: $0.options.weighted))
        },
        SchoolMeasure(
            "constraint",
            meaning:
                "Burt's constraint: high when the school's contacts are tied to each other; undefined without ties."
        ) { MeasureOutcome($0.graph.constraint(weighted: $0.options.weighted)) },
        SchoolMeasure(
            "effective_size",
            meaning: "Burt's effective size: contacts minus their redundancy (NetworkX effective_size)."
        ) {
            MeasureOutcome($0.graph.effectiveSize(weighted: $0.options.weighted))
        },
    ]

    /// The registered measure of this name; a name that is not registered is a programmer error.
    static func named(_ name: String) -> SchoolMeasure {
        guard let measure = all.first(where: { $0.name == name }) else {
            preconditionFailure("no measure named \(name)")
        }
        return measure
    }

    /// Degree.
    public static let degree = named("degree")
    /// Betweenness, which the report's map sizes schools by.
    public static let betweenness = named("betweenness")
    /// PageRank.
    public static let pagerank = named("pagerank")
}

extension SchoolMeasure: Enumeration {
    public static var allCases: [SchoolMeasure] { all }
    public var rawValue: String { name }
    public init?(rawValue: String) {
        guard let measure = Self.all.first(where: { $0.name == rawValue }) else { return nil }
        self = measure
    }
    public static func == (a: SchoolMeasure, b: SchoolMeasure) -> Bool { a.name == b.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
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

    public init(
        weighted: Bool = false, convention: Convention = .networkx, betweennessSamples: Int? = nil, seed: UInt64 = 1
    ) {
        self.weighted = weighted
        self.convention = convention
        self.betweennessSamples = betweennessSamples
        self.seed = seed
    }
}
