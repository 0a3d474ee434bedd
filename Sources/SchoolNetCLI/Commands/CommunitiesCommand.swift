import ArgumentParser
import SchoolNetGraph
import SchoolNetIO
import SchoolNetModel

/// `schoolnet communities LANDSCAPE`: Louvain communities and their agreement with the
/// formal structures.
struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Detect communities (Louvain) and compare them with trusts, alliances and clusters.",
        discussion: """
            Louvain (Blondel et al. 2008) on the school network, seeded so that the same seed gives \
            the same partition, on tie weights by default (as NetworkX's louvain_communities reads \
            them; --no-weighted to count ties only). Agreement with each kind of structure is the \
            normalised mutual information (arithmetic, as igraph's compare_communities) and the \
            adjusted Rand index over the schools in a structure of that kind, each in its first \
            by id; schools in none are left out (as singletons they would count as agreement), and \
            coverage says what share of schools the comparison covers.
            """
    )

    @OptionGroup var input: LandscapeOptions
    @OptionGroup var network: NetworkOptions

    @Flag(inversion: .prefixedNo, help: "Use tie weights (shared structures plus link weights).")
    var weighted = true

    @Option(help: "Louvain's resolution: above 1 favours smaller communities.")
    var resolution = 1.0

    @Option(help: "The seed of Louvain's visiting order.")
    var seed: UInt64 = 1

    @OptionGroup var destination: TableOutputOptions

    func validate() throws {
        guard resolution > 0, resolution.isFinite else {
            throw ValidationError(
                "--resolution must be a number above 0 (1 is modularity's own; above 1 favours smaller communities)")
        }
    }

    func run() throws {
        let loaded = try input.load()
        let landscape = loaded.landscape
        let network = SchoolNetwork(landscape, selection: try self.network.selection())
        let report = CommunityReport(
            network, landscape: landscape,
            options: LouvainOptions(weighted: weighted, resolution: resolution, seed: seed))
        try Console.emit(
            report.result(network, context: loaded.context(layers: self.network)),
            format: destination.format, table: destination.format == .csv ? "schools" : nil, to: destination.output)
    }
}
