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
            Louvain (Blondel et al. 2008) on the school network, seeded so that the same seed gives
            the same partition. Agreement with each kind of structure is the normalised mutual
            information (arithmetic, as igraph's compare_communities) and the adjusted Rand index;
            for that comparison a school goes to its first structure of the kind (by id), and a
            school in none counts as a group of its own.
            """
    )

    @OptionGroup var input: LandscapeOptions
    @OptionGroup var network: NetworkOptions

    @Flag(help: "Use tie weights (shared structures plus link weights).")
    var weighted = false

    @Option(help: "Louvain's resolution: above 1 favours smaller communities.")
    var resolution = 1.0

    @Option(help: "The seed of Louvain's visiting order.")
    var seed: UInt64 = 1

    @OptionGroup var destination: TableOutputOptions

    func run() throws {
        let landscape = try input.load()
        let network = SchoolNetwork(landscape, selection: try self.network.selection())
        let report = CommunityReport(
            network, landscape: landscape,
            options: LouvainOptions(weighted: weighted, resolution: resolution, seed: seed))
        let order = network.schools.indices.sorted { network.schools[$0].urn < network.schools[$1].urn }
        let rows = order.map { [network.schools[$0].urn.rawValue, network.schools[$0].name, String(report.partition.membership[$0])] }
        let text: String
        switch destination.format {
        case .csv:
            text = CSVWriter.line(["urn", "name", "community"]) + rows.map(CSVWriter.line).joined()
        case .table:
            var head = "\(report.partition.count) communities, modularity \(NumberFormat.table(report.modularity))"
                + " (Louvain, seed \(seed), resolution \(NumberFormat.exact(resolution)))\n"
            if !report.agreement.isEmpty {
                head += TablePrinter.render(
                    header: ["agreement with", "NMI", "ARI"],
                    rows: report.agreement.map { [$0.kind.displayName, NumberFormat.table($0.nmi), NumberFormat.table($0.ari)] },
                    numericFrom: 1) + "\n"
            }
            text = head + TablePrinter.render(header: ["urn", "name", "community"], rows: rows, numericFrom: 2)
        case .json:
            text = try JSONOutput.encode([
                "options": ["seed": Int(seed), "resolution": resolution, "weighted": weighted,
                            "projection": network.selection.projection.rawValue,
                            "layers": network.selection.layers.sorted().map(\.description),
                            "at": input.date?.description as Any],
                "communities": report.partition.count,
                "modularity": report.modularity,
                "agreement": Dictionary(uniqueKeysWithValues: report.agreement.map {
                    ($0.kind.rawValue, ["nmi": $0.nmi, "ari": $0.ari] as [String: Any])
                }),
                "schools": rows.map { ["urn": $0[0], "name": $0[1], "community": Int($0[2])!] as [String: Any] },
            ])
        }
        try Console.emit(text, to: destination.output)
    }
}
