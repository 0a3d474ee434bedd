import SchoolNetGraph

/// The chosen measures for every school of a network: `values[measure][i]` is the score of
/// `network.schools[i]`.
public struct SchoolMetrics: Sendable {
    public let measures: [SchoolMeasure]
    public let values: [SchoolMeasure: NodeScores]
    public let options: MetricOptions
    /// With sampled betweenness: the bound every normalised estimate is within, with
    /// probability 0.95 (see `CSRGraph/sampledBetweenness(samples:seed:failureProbability:_:)`).
    public let betweennessErrorBound: Double?
    /// Degree and strength in each layer of the network that has ties, when asked for: those of
    /// the school network of that layer alone, so a layer's strength counts only its own ties'
    /// weights (what `metrics --layers LAYER` gives), not the whole multiplex tie's.
    public let perLayer: [(layer: Layer, degree: NodeScores, strength: NodeScores)]

    /// Computes only the measures asked for, so that each can be timed alone.
    ///
    /// - Parameters:
    ///   - network: the school network the measures run on.
    ///   - measures: which measures, from ``SchoolMeasure/all``.
    ///   - options: weights, convention, sampling.
    ///   - landscape: the landscape `network` was built from, to add degree and strength per layer.
    ///   - progress: told of each measure as it starts, and of each search of exact betweenness.
    /// - Complexity: the sum of the chosen measures' (betweenness O(nm) dominates), plus one
    ///   network per layer when asked.
    public init(
        _ network: SchoolNetwork, measures: [SchoolMeasure] = SchoolMeasure.all,
        options: MetricOptions = MetricOptions(),
        perLayerOf landscape: Landscape? = nil, progress: (any ProgressListener)? = nil
    ) {
        let graph = network.graph
        let input = MeasureInput(graph: graph, options: options, progress: progress)
        var values: [SchoolMeasure: NodeScores] = [:]
        var bound: Double? = nil
        for measure in measures {
            progress?.begin(measure.name, total: 0)
            let outcome = measure(input)
            values[measure] = outcome.scores
            if let errorBound = outcome.errorBound { bound = errorBound }
        }
        self.measures = SchoolMeasure.all.filter(measures.contains)
        self.values = values
        self.options = options
        betweennessErrorBound = bound
        self.perLayer =
            landscape.map { landscape in
                Layer.all.filter(network.selection.layers.contains).compactMap { layer in
                    var selection = network.selection
                    selection.layers = [layer]
                    let single = SchoolNetwork(landscape, selection: selection).graph
                    let degree = single.degrees()
                    guard degree.values.contains(where: { $0 > 0 }) else { return nil }
                    return (layer, degree, single.strengths())
                }
            } ?? []
    }

    /// The scores of one measure, in network order; empty when it was not computed.
    public func scores(_ measure: SchoolMeasure) -> [Double] { values[measure]?.values ?? [] }
}
