import ArgumentParser
import SchoolNetGraph
import SchoolNetIO
import SchoolNetModel

/// `schoolnet ego LANDSCAPE [--urn URN]`: each school's own network.
struct EgoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ego",
        abstract: "Each school's own network: alters, ties among them, density, constraint, brokerage, E-I.",
        discussion: """
            For every school (or, with --urn, one, followed by its alters): size (alters, the \
            schools tied to it), ties among the alters and their density with the school left out \
            (as UCINET's ego networks), the components the alters fall into without it, the pairs \
            of alters not tied to each other, Burt's constraint and effective size, its alters by layer, \
            and its Gould–Fernandez brokerage roles and E-I index between the groups of \
            --groups (a school attribute or a kind of structure). Ties are those of the undirected school \
            network of --layers and --projection; brokerage keeps support links' direction, as \
            `schoolnet brokerage` does.
            """
    )

    @OptionGroup var input: LandscapeOptions
    @OptionGroup var network: NetworkOptions

    @Option(help: "One school's URN: its row, then its alters.")
    var urn: String?

    @Option(
        help:
            "The school attribute or kind of structure whose values are the groups for brokerage and E-I (la is one group within an authority, so phase is the default)."
    )
    var groups = "phase"

    @OptionGroup var destination: TableOutputOptions

    func run() throws {
        let loaded = try input.load()
        let landscape = loaded.landscape
        try Self.checkGroups(groups, in: landscape)
        var only: Int?
        if let urn {
            guard let index = landscape.index(of: URN(urn)) else {
                throw ValidationError("--urn: no school \(urn) in this landscape (as at its date and scope)")
            }
            only = index
        }
        let report = EgoReport(landscape, selection: try network.selection(), attribute: groups)
        try Console.emit(
            report.result(only: only, context: loaded.context(layers: network)), format: destination.format,
            table: destination.format == .table ? nil : "schools", to: destination.output)
    }
}
