import SchoolNetModel

/// Sizes schools by a measure: the area of a school's node grows with its value, so the
/// node's width goes with the square root of the value's share of the range.
public struct NodeSizing: Sendable, Equatable {
    /// The measure, as named on the command line (`betweenness`, `degree`, …).
    public let measure: String
    /// Each school's value; a school without one is drawn at the smallest size.
    public let values: [URN: Double]
    public let smallest: Double
    public let largest: Double

    public init(measure: String, values: [URN: Double]) {
        self.measure = measure
        let finite = values.filter { $0.value.isFinite }
        self.values = finite
        smallest = finite.values.min() ?? 0
        largest = finite.values.max() ?? 0
    }

    /// 0 for the smallest value (or none), 1 for the largest: √((v − min) / (max − min)).
    public func share(of urn: URN) -> Double {
        guard let value = values[urn], largest > smallest else { return 0 }
        return ((value - smallest) / (largest - smallest)).squareRoot()
    }
}

extension NodeSizing {
    /// Sizes by one measure of `schoolnet metrics` on `network` (the same values that command
    /// prints with the same layers and options).
    public static func measured(
        _ measure: SchoolMeasure, in network: SchoolNetwork, options: MetricOptions = MetricOptions()
    ) -> NodeSizing {
        NodeSizing(measure, from: SchoolMetrics(network, measures: [measure], options: options), of: network)
    }

    /// Sizes by one of the measures already in `metrics`, computed on `network`.
    public init(_ measure: SchoolMeasure, from metrics: SchoolMetrics, of network: SchoolNetwork) {
        let scores = metrics.values[measure]!.values
        self.init(
            measure: measure.rawValue,
            values: Dictionary(
                uniqueKeysWithValues:
                    network.schools.enumerated().map { ($1.urn, scores[$0]) }))
    }
}
