import ArgumentParser
import SchoolNetGraph
import SchoolNetIO
import SchoolNetModel

/// `schoolnet affiliation LANDSCAPE`: two-mode measures of schools and structures.
struct AffiliationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "affiliation",
        abstract: "Two-mode measures of schools and structures: degree, closeness, betweenness, clustering.",
        discussion: """
            The affiliation network has the schools as one mode and the structures as the other, \
            with a tie for each membership (every role counts). Degree, closeness and betweenness \
            are normalised as Borgatti and Everett (1997) propose: against the largest value a node \
            of the same mode could have, so schools compare with schools and structures with \
            structures. Clustering is Latapy, Magnien and Del Vecchio's (2008): how much a node's \
            neighbourhood overlaps those of the nodes two steps away, scaled by their union (dot), \
            the smaller (min) or the larger (max). Every school counts in its mode, members or not. \
            The values are those of NetworkX's bipartite module. Closeness counts only the nodes \
            a node reaches, scaled by the share it reaches: in a network in pieces, compare \
            nodes within one piece. Betweenness is undefined (–) when the other mode has one \
            node. --format csv writes the nodes table.
            """
    )

    @OptionGroup var input: LandscapeOptions

    @Option(
        help:
            "Comma-separated kinds of structure (default: all): mat, tsa, federation, cluster, partnership, hub, other."
    )
    var kinds: String?

    @OptionGroup var destination: TableOutputOptions

    func validate() throws { _ = try chosenKinds() }

    func chosenKinds() throws -> Set<StructureKind> {
        guard let kinds else { return Set(StructureKind.allCases) }
        return Set(
            try kinds.split(separator: ",").map { name in
                let text = name.trimmingCharacters(in: .whitespaces).lowercased()
                guard let kind = StructureKind(rawValue: text) else {
                    throw ValidationError(
                        "--kinds: unknown kind '\(text)'; allowed: "
                            + StructureKind.allCases.map(\.rawValue).joined(separator: ", "))
                }
                return kind
            })
    }

    func run() throws {
        let loaded = try input.load()
        let measures = AffiliationMeasures(loaded.landscape, kinds: try chosenKinds())
        try Console.emit(
            measures.result(loaded.landscape, context: loaded.context()), format: destination.format,
            table: destination.format == .table ? nil : "nodes", to: destination.output)
    }
}
