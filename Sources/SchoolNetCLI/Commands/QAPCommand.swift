import ArgumentParser
import SchoolNetGraph
import SchoolNetIO
import SchoolNetModel

/// `schoolnet qap LANDSCAPE --layers A --against B`: does one kind of tie go with another?
struct QAPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qap",
        abstract:
            "QAP correlation between two layers of the school network, or MRQAP regression on several, with permutation p-values.",
        discussion: """
            The Pearson correlation between the adjacency matrices of the school networks of \
            --layers and --against, over every pair of schools (tie weights, or 0/1 with \
            --no-weighted). Its null model keeps both networks and relabels the schools of one at \
            random, --permutations times from --seed (Krackhardt 1987; statnet's qaptest, \
            UCINET's QAP correlation): p-values are (1 + permutations as extreme) / (N + 1). \
            Example: --layers co-tsa --against co-mat asks whether schools in one alliance tend \
            to share a trust beyond what the two networks' shapes alone would give.
            """
    )

    @OptionGroup var input: LandscapeOptions

    @Option(help: "The first network's layers, comma-separated (as --layers elsewhere).")
    var layers: String

    @Option(help: "The second network's layers; repeat for MRQAP regression on several networks.")
    var against: [String]

    @Option(help: "How a structure ties its members: clique or star.")
    var projection = ChoiceArgument(ProjectionKind.clique)

    @Flag(inversion: .prefixedNo, help: "Correlate tie weights (or only whether a tie exists).")
    var weighted = true

    @Option(help: "Relabellings for the p-value.")
    var permutations = 999

    @Option(help: "The seed of the relabellings.")
    var seed: UInt64 = 1

    @OptionGroup var destination: TableOutputOptions

    func validate() throws {
        _ = try selections()
        guard (1...1_000_000).contains(permutations) else {
            throw ValidationError("--permutations must be between 1 and 1,000,000 (999 or 9,999 are usual)")
        }
    }

    func selections() throws -> (NetworkSelection, [NetworkSelection]) {
        func selection(_ text: String) throws -> NetworkSelection {
            NetworkSelection(layers: try NetworkOptions.layers(text), projection: projection.value)
        }
        guard !against.isEmpty else { throw ValidationError("--against: name the layers to compare with") }
        let others = try against.map(selection)
        guard Set(others.map(\.layers)).count == others.count else {
            throw ValidationError("--against: each network once (two name the same layers)")
        }
        return (try selection(layers), others)
    }

    func run() throws {
        let loaded = try input.load()
        let (first, others) = try selections()
        if others.count == 1 {
            let correlation = LayerCorrelation(
                loaded.landscape, first: first, second: others[0], weighted: weighted, permutations: permutations,
                seed: seed)
            try Console.emit(
                correlation.result(context: loaded.context()), format: destination.format,
                table: destination.format == .table ? nil : "significance", to: destination.output)
            return
        }
        guard loaded.landscape.schools.count <= LayerRegression.limit else {
            throw ValidationError(
                "MRQAP takes at most \(LayerRegression.limit) schools (it holds every pair of schools); this landscape has \(loaded.landscape.schools.count): choose an area with --la or --region"
            )
        }
        let regression = LayerRegression(
            loaded.landscape, outcome: first, predictors: others, weighted: weighted, permutations: permutations,
            seed: seed)
        try Console.emit(
            regression.result(context: loaded.context()), format: destination.format,
            table: destination.format == .table ? nil : "regression", to: destination.output)
    }
}
