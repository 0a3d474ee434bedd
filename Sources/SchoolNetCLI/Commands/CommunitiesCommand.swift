import ArgumentParser
import SchoolNetGraph
import SchoolNetIO
import SchoolNetModel

/// `schoolnet communities LANDSCAPE`: communities (Louvain or Leiden) and their agreement with
/// the formal structures.
struct CommunitiesCommand: ParsableCommand {
    enum Method: String, CaseIterable, Sendable { case louvain, leiden }

    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Detect communities (Louvain or Leiden) and compare them with trusts, alliances and clusters.",
        discussion: """
            --method louvain (Blondel et al. 2008, the default) or leiden (Traag, Waltman and van \
            Eck 2019: every community is connected, which Louvain does not promise). Leiden \
            optimises modularity or, with --objective cpm, the constant Potts model, whose \
            --resolution is the inner density a community must exceed. Both are seeded: the same \
            seed gives the same partition. Tie weights are used by default (as NetworkX's \
            louvain_communities reads them; --no-weighted to count ties only). Agreement with \
            each kind of structure is the normalised mutual information (arithmetic, as igraph's \
            compare_communities) and the adjusted Rand index over the schools in a structure of \
            that kind, each in its first by id; schools in none are left out (as singletons they \
            would count as agreement), and coverage says what share of schools the comparison \
            covers. The crosstab counts each structure's members in each community.
            """
    )

    @OptionGroup var input: LandscapeOptions
    @OptionGroup var network: NetworkOptions

    @Option(help: "louvain or leiden.")
    var method = ChoiceArgument(Method.louvain)

    @Option(help: "Leiden's objective: modularity or cpm (the constant Potts model).")
    var objective = ChoiceArgument(LeidenObjective.modularity)

    @Flag(inversion: .prefixedNo, help: "Use tie weights (shared structures plus link weights).")
    var weighted = true

    @Option(
        help:
            "γ. Modularity: above 1 favours smaller communities (default 1). CPM: the inner density a community must exceed (default 0.1)."
    )
    var resolution: Double?

    @Option(help: "The seed of the visiting order (and of Leiden's refinement).")
    var seed: UInt64 = 1

    @OptionGroup var destination: TableOutputOptions

    func validate() throws {
        if let resolution, !(resolution > 0 && resolution.isFinite) {
            throw ValidationError(
                "--resolution must be a number above 0 (1 is modularity's own; above 1 favours smaller communities)")
        }
        if objective.value == .cpm && method.value == .louvain {
            throw ValidationError("--objective cpm needs --method leiden (Louvain optimises modularity only)")
        }
    }

    var communityMethod: CommunityMethod {
        switch method.value {
        case .louvain:
            return .louvain(LouvainOptions(weighted: weighted, resolution: resolution ?? 1, seed: seed))
        case .leiden:
            let defaultResolution = objective.value == .cpm ? 0.1 : 1
            return .leiden(
                LeidenOptions(
                    objective: objective.value, weighted: weighted, resolution: resolution ?? defaultResolution,
                    seed: seed))
        }
    }

    func run() throws {
        let loaded = try input.load()
        let landscape = loaded.landscape
        let network = SchoolNetwork(landscape, selection: try self.network.selection())
        let report = CommunityReport(network, landscape: landscape, method: communityMethod)
        try Console.emit(
            report.result(network, landscape: landscape, context: loaded.context(layers: self.network)),
            format: destination.format, table: destination.format == .csv ? "schools" : nil, to: destination.output)
    }
}
