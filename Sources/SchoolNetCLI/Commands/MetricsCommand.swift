import ArgumentParser
import Foundation
import SchoolNetGraph
import SchoolNetIO
import SchoolNetModel

/// `schoolnet metrics LANDSCAPE`: centrality and brokerage measures for every school.
struct MetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Compute centrality and brokerage measures for every school.",
        discussion: """
            Measures (columns in this order): \(SchoolMeasure.all.map(\.name).joined(separator: ", ")). The defaults \
            are NetworkX's: betweenness_centrality (normalised), closeness_centrality \
            (Wasserman-Faust), harmonic_centrality, eigenvector_centrality, pagerank (alpha 0.85), \
            core_number, clustering, constraint, effective_size. --convention igraph switches to \
            igraph's where they differ. Rows are sorted by URN; an undefined value (the \
            constraint of a school with no ties) is empty in CSV and null in JSON.
            """
    )

    @OptionGroup var input: LandscapeOptions
    @OptionGroup var network: NetworkOptions

    @Option(help: "Comma-separated measures to compute (default: all).")
    var measures: String?

    @Flag(help: "Use tie weights (shared structures plus link weights); path measures read 1/weight as length.")
    var weighted = false

    @Flag(
        help: ArgumentHelp(
            "Keep the direction of support and traded-service links (supporter -> supported, seller -> client).",
            discussion:
                "Other ties run both ways. Measures then follow NetworkX's directed definitions: in- plus out-degree, betweenness over directed paths, closeness and harmonic centrality from incoming distances, PageRank and eigenvector centrality along the arrows, core numbers by in+out degree, Fagiolo's directed clustering."
        ))
    var directed = false

    @Flag(help: "Add degree and strength columns for each layer with ties (degree:co-mat, strength:co-mat, …).")
    var perLayer = false

    @Option(help: "Estimate betweenness from this many sampled schools (the bound on the error is reported).")
    var betweennessSamples: Int?

    @Option(help: "The seed of the betweenness sample.")
    var seed: UInt64 = 1

    @Option(help: "networkx or igraph: whose normalisation conventions to follow.")
    var convention = ChoiceArgument(Convention.networkx)

    @OptionGroup var destination: TableOutputOptions

    func validate() throws {
        _ = try chosenMeasures()
        if let samples = betweennessSamples, samples < 1 {
            throw ValidationError("--betweenness-samples must be at least 1")
        }
    }

    func chosenMeasures() throws -> [SchoolMeasure] {
        guard let measures else { return SchoolMeasure.all }
        return try Self.measures(from: measures)
    }

    /// The measures named in a comma-separated list; a usage error names an unknown one.
    static func measures(from measures: String) throws -> [SchoolMeasure] {
        try measures.split(separator: ",").map { name in
            let key = name.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "-", with: "_")
            guard let measure = SchoolMeasure(rawValue: key) else {
                throw ValidationError(
                    "unknown measure '\(name)'; allowed: \(SchoolMeasure.allowedValues.joined(separator: ", "))")
            }
            return measure
        }
    }

    func run() throws {
        let progress = ProgressLine.start()
        defer { progress?.finish() }
        progress?.begin("reading the landscape", total: 0)
        let loaded = try input.load()
        let landscape = loaded.landscape
        let network = SchoolNetwork(landscape, selection: try self.network.selection(directed: directed))
        let metrics = SchoolMetrics(
            network, measures: try chosenMeasures(),
            options: MetricOptions(
                weighted: weighted, convention: convention.value, betweennessSamples: betweennessSamples, seed: seed),
            perLayerOf: perLayer ? landscape : nil, progress: progress)
        progress?.finish()
        if let bound = metrics.betweennessErrorBound {
            Console.note(
                "note: betweenness estimated from \(min(betweennessSamples ?? 0, network.graph.nodeCount)) sampled schools; "
                    + "with probability 0.95 every normalised value is within \(ResultText.cell(.number(bound))) of the exact one"
            )
        }
        try Console.emit(
            metrics.result(network, context: loaded.context(layers: self.network)),
            format: destination.format, to: destination.output)
    }
}
