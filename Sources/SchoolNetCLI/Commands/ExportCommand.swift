import ArgumentParser
import Foundation
import SchoolNetIO
import SchoolNetModel

/// `schoolnet export LANDSCAPE --format graphml|gexf|json|pajek -o FILE`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Write the landscape for other tools: GraphML (Gephi, yEd, igraph, NetworkX), GEXF (Gephi), Pajek, or lossless JSON.",
        discussion: """
            graphml, gexf and pajek write a network: the school network of --layers and \
            --projection (--directed for support and traded services as arcs), or with --view \
            affiliation the two-mode network of schools and structures (bipartite 0 and 1). \
            Every school column is a node attribute (unknowns left out); every tie has its \
            weight, layers and multiplexity. Pajek keeps only labels and weights. json writes the \
            whole landscape, lossless: every command reads it back in place of a folder. Metric \
            tables go to CSV with each command's --format csv.
            """
    )

    enum Format: String, CaseIterable, Sendable { case graphml, gexf, json, pajek }
    enum View: String, CaseIterable, Sendable { case schools, affiliation }

    @OptionGroup var input: LandscapeOptions
    @OptionGroup var network: NetworkOptions

    @Option(help: "graphml, gexf, json or pajek.")
    var format = ChoiceArgument(Format.graphml)

    @Option(help: "schools (the one-mode school network) or affiliation (schools and structures).")
    var view = ChoiceArgument(View.schools)

    @Flag(help: "Support and traded-service links as arcs (schools view).")
    var directed = false

    @Option(name: .shortAndLong, help: "The file to write (standard output when omitted).")
    var output: String?

    func run() throws {
        let loaded = try input.load(default: .allRows)
        let landscape = loaded.landscape
        func graph() throws -> ExportGraph {
            view.value == .affiliation
                ? ExportGraph.affiliation(landscape)
                : ExportGraph.schoolNetwork(landscape, selection: try network.selection(directed: directed))
        }
        let text: String
        switch format.value {
        case .json: text = LandscapeJSON.encode(landscape)
        case .graphml: text = GraphMLWriter.write(try graph())
        case .gexf: text = GEXFWriter.write(try graph())
        case .pajek: text = PajekWriter.write(try graph())
        }
        try Console.emit(text, to: output)
    }
}
