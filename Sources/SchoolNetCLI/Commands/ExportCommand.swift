import ArgumentParser
import Foundation
import SchoolNetGraph
import SchoolNetIO
import SchoolNetModel

/// `schoolnet export LANDSCAPE --format FORMAT -o FILE`: the network for other tools.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Write the landscape for other tools: GraphML, GEXF, Pajek, UCINET DL, CSV edge list, node table or matrix, or lossless JSON.",
        discussion: """
            Every format but json writes a network: the school network of --layers and \
            --projection (--directed for support and traded services as arcs), or with --view \
            affiliation the two-mode network of schools and structures (bipartite 0 and 1). \
            graphml and gexf (Gephi) keep every school column as a node attribute (unknowns left \
            out) and every tie's weight, layers and multiplexity; --dynamic adds to gexf the dates \
            of each tie, membership and structure as spells for Gephi's timeline. pajek and dl \
            (UCINET) keep ids and weights; the label is the URN, so schools of the same name stay \
            apart. edgelist, nodes and matrix are CSV: the ties with their attributes, the nodes \
            with theirs, the weighted adjacency matrix (with --view affiliation the incidence \
            matrix, a row per school and a column per structure, as UCINET's and statnet's \
            two-mode tools take it; the other formats hold the two-mode network as one graph of \
            schools and structures). --with-metrics and --with-communities add \
            measures and community numbers to the nodes (graphml, gexf, nodes; schools view). json \
            writes the whole landscape, lossless: every command reads it back in place of a folder.
            """
    )

    enum Format: String, CaseIterable, Sendable { case graphml, gexf, json, pajek, dl, edgelist, nodes, matrix }
    enum View: String, CaseIterable, Sendable { case schools, affiliation }

    @OptionGroup var input: LandscapeOptions
    @OptionGroup var network: NetworkOptions

    @Option(help: "graphml, gexf, json, pajek, dl, edgelist, nodes or matrix.")
    var format = ChoiceArgument(Format.graphml)

    @Option(help: "schools (the one-mode school network) or affiliation (schools and structures).")
    var view = ChoiceArgument(View.schools)

    @Flag(help: "Support and traded-service links as arcs (schools view).")
    var directed = false

    @Flag(help: "GEXF with the dates of ties, memberships and structures as spells (Gephi's timeline).")
    var dynamic = false

    @Option(help: "Comma-separated measures of `schoolnet metrics` to add to each school, or all.")
    var withMetrics: String?

    @Option(help: "Add each school's community: louvain or leiden (seed 1, tie weights, resolution 1).")
    var withCommunities: ChoiceArgument<CommunitiesCommand.Method>?

    @Option(name: .shortAndLong, help: "The file to write (standard output when omitted).")
    var output: String?

    func validate() throws {
        if dynamic && format.value != .gexf {
            throw ValidationError("--dynamic is for --format gexf (GEXF holds spells; the other formats do not)")
        }
        if withMetrics != nil || withCommunities != nil {
            guard view.value == .schools else {
                throw ValidationError(
                    "--with-metrics and --with-communities are for the schools view (see `schoolnet affiliation` for two-mode measures)"
                )
            }
            guard [.graphml, .gexf, .nodes].contains(format.value) else {
                throw ValidationError("--with-metrics and --with-communities are for --format graphml, gexf or nodes")
            }
        }
        if let withMetrics, withMetrics.lowercased() != "all" { _ = try MetricsCommand.measures(from: withMetrics) }
    }

    func run() throws {
        let loaded = try input.load(default: .allRows)
        let landscape = loaded.landscape
        if format.value == .json {
            try Console.emit(LandscapeJSON.encode(landscape), to: output)
            return
        }
        var graph: ExportGraph
        if view.value == .affiliation {
            graph = ExportGraph.affiliation(landscape)
        } else {
            let selection = try network.selection(directed: directed)
            graph = ExportGraph.schoolNetwork(landscape, selection: selection)
            try addMeasures(to: &graph, landscape: landscape, selection: selection)
        }
        graph.description = loaded.context().heading
        if (withMetrics != nil || withCommunities != nil) && loaded.date == nil {
            Console.note(
                "export: the network and its measures are of every row, whatever its dates (the files' whole history merged); "
                    + "analyses such as `metrics` describe one day. Give --at DATE for the network on that day.")
        }
        let text: String
        switch format.value {
        case .json: text = ""
        case .graphml: text = GraphMLWriter.write(graph)
        case .gexf: text = GEXFWriter.write(graph, dynamic: dynamic)
        case .pajek: text = PajekWriter.write(graph)
        case .dl: text = DLWriter.write(graph)
        case .edgelist: text = TableWriters.edgeList(graph)
        case .nodes: text = TableWriters.nodeTable(graph)
        case .matrix:
            guard let matrix = TableWriters.matrix(graph) else {
                throw ValidationError(
                    "--format matrix: \(graph.nodes.count) nodes would make a matrix of more than \(TableWriters.matrixCellLimit) cells; write --format edgelist, or choose an area with --la or --region"
                )
            }
            text = matrix
        }
        try Console.emit(text, to: output)
    }

    /// Adds the asked-for metrics (on the same network: weights and direction as `metrics`
    /// reads them by default) and community numbers as node attributes.
    func addMeasures(to graph: inout ExportGraph, landscape: Landscape, selection: NetworkSelection) throws {
        guard withMetrics != nil || withCommunities != nil else { return }
        let network = SchoolNetwork(landscape, selection: selection)
        if let withMetrics {
            let measures =
                withMetrics.lowercased() == "all" ? SchoolMeasure.all : try MetricsCommand.measures(from: withMetrics)
            let metrics = SchoolMetrics(network, measures: measures)
            for measure in metrics.measures {
                graph.addNodeAttribute(
                    measure.name, type: .double, values: metrics.scores(measure).map { .number($0) })
            }
        }
        if let withCommunities {
            var undirected = selection
            undirected.directed = false
            let method: CommunityMethod =
                withCommunities.value == .louvain
                ? .louvain(LouvainOptions(weighted: true)) : .leiden(LeidenOptions(weighted: true))
            let report = CommunityReport(
                SchoolNetwork(landscape, selection: undirected), landscape: landscape, method: method)
            graph.addNodeAttribute(
                "community", type: .int, values: report.partition.membership.map { .integer($0) })
        }
    }
}
