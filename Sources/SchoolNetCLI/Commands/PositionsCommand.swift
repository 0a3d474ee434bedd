import ArgumentParser
import SchoolNetGraph
import SchoolNetIO
import SchoolNetModel

/// `schoolnet positions LANDSCAPE`: core and periphery, or structurally equivalent positions.
struct PositionsCommand: ParsableCommand {
    enum Method: String, CaseIterable, Sendable {
        case corePeriphery = "core-periphery"
        case equivalence
    }

    static let configuration = CommandConfiguration(
        commandName: "positions",
        abstract:
            "Who occupies the core, and which schools hold the same position: core-periphery and structural equivalence.",
        discussion: """
            --method core-periphery (the default): Borgatti and Everett's (2000) discrete model, \
            the split into a core and a periphery whose pattern (a pair tied when either school is \
            in the core) best correlates with the ties, and their continuous coreness (by \
            MINRES, Boyd et al. 2010). --method equivalence: schools tied to the same others are \
            structurally equivalent; profiles are compared by --distance euclidean or \
            correlation (Wasserman and Faust 1994, the pair's own cells left out), grouped by \
            average-linkage clustering into --positions K, and the block image marks each block \
            whose density reaches the network's. Equivalence holds every pair's distance: at \
            most 4,000 schools (scope with --la or --region). Ties of the undirected school \
            network of --layers; weights with --weighted (coreness and equivalence).
            """
    )

    @OptionGroup var input: LandscapeOptions
    @OptionGroup var network: NetworkOptions

    @Option(help: "core-periphery or equivalence.")
    var method = ChoiceArgument(Method.corePeriphery)

    @Option(help: "How profiles are compared (equivalence): euclidean or correlation.")
    var distance = ChoiceArgument(ProfileDistance.correlation)

    @Option(help: "How many positions to cut the clustering into (equivalence).")
    var positions = 4

    @Flag(help: "Use tie weights (coreness and equivalence; the discrete core reads ties only).")
    var weighted = false

    @OptionGroup var destination: TableOutputOptions

    func validate() throws {
        guard positions >= 1 else { throw ValidationError("--positions must be at least 1") }
    }

    func run() throws {
        let loaded = try input.load()
        let landscape = loaded.landscape
        if method.value == .equivalence, landscape.schools.count > PositionsReport.equivalenceLimit {
            throw ValidationError(
                "--method equivalence takes at most \(PositionsReport.equivalenceLimit) schools (it holds every pair's distance); this landscape has \(landscape.schools.count): choose an area with --la or --region"
            )
        }
        let chosen: PositionsReport.Method =
            method.value == .corePeriphery
            ? .corePeriphery : .equivalence(distance.value, positions: min(positions, max(1, landscape.schools.count)))
        let report = PositionsReport(
            landscape, selection: try network.selection(), method: chosen, weighted: weighted)
        try Console.emit(
            report.result(context: loaded.context(layers: network)), format: destination.format,
            table: destination.format == .table ? nil : "schools", to: destination.output)
    }
}
