import ArgumentParser
import SchoolNetGraph
import SchoolNetIO
import SchoolNetModel

/// `schoolnet overlap LANDSCAPE`: how structures overlap and interleave.
struct OverlapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overlap",
        abstract: "How structures overlap: pairs, kind by kind, per school, per tie and per pair of layers.",
        discussion: """
            Views: pairs (every pair of structures sharing a member: shared, Jaccard |A∩B|/|A∪B|,
            overlap coefficient |A∩B|/min(|A|,|B|), relation coincident, nested, interleaved);
            kinds (the share of schools in one kind of structure that are also in another; on the
            diagonal, in two or more of that kind); schools (structures and kinds per school); ties
            (the layers connecting each pair of schools: multiplexity); layers (Jaccard of the tie
            sets of each pair of layers). Every role counts as membership. JSON holds every view.
            """
    )

    enum View: String, ExpressibleByArgument, CaseIterable {
        case pairs, kinds, schools, ties, layers
    }

    @OptionGroup var input: LandscapeOptions

    @Option(help: "pairs, kinds, schools, ties or layers (table and CSV show one).")
    var view: View = .pairs

    @OptionGroup var destination: TableOutputOptions

    func run() throws {
        let landscape = try input.load()
        let tables = OverlapTables(landscape)
        let text: String
        switch destination.format {
        case .csv:
            let table = tables.table(view, exact: true)
            text = CSVWriter.line(table.header) + table.rows.map(CSVWriter.line).joined()
        case .table:
            let table = tables.table(view, exact: false)
            text = TablePrinter.render(header: table.header, rows: table.rows, numericFrom: table.numericFrom)
        case .json:
            var all: [String: Any] = ["at": input.date?.description as Any]
            for view in View.allCases {
                let table = tables.table(view, exact: true)
                all[view.rawValue] = JSONOutput.objects(header: table.header, rows: table.rows, numericFrom: table.numericFrom)
            }
            text = try JSONOutput.encode(all)
        }
        try Console.emit(text, to: destination.output)
    }
}

/// The overlap views as rows of text, sorted for stable output.
struct OverlapTables {
    let landscape: Landscape

    init(_ landscape: Landscape) { self.landscape = landscape }

    func table(_ view: OverlapCommand.View, exact: Bool) -> (header: [String], rows: [[String]], numericFrom: Int) {
        let number = { (value: Double) -> String in exact ? NumberFormat.exact(value) : NumberFormat.table(value) }
        switch view {
        case .pairs:
            return (["a", "b", "shared", "jaccard", "overlap_coefficient", "relation"],
                    landscape.structureOverlaps().map {
                        [$0.a, $0.b, String($0.shared), number($0.jaccard), number($0.overlapCoefficient), $0.relation.rawValue]
                    }, 2)
        case .kinds:
            let matrix = KindOverlapMatrix(landscape)
            return (["kind", "schools"] + matrix.kinds.map(\.rawValue),
                    matrix.kinds.map { row in
                        [row.rawValue, String(matrix.schools[row] ?? 0)] + matrix.kinds.map { number(matrix.share[row]![$0]!) }
                    }, 1)
        case .schools:
            let counts = landscape.structureCounts()
            let order = landscape.schools.indices.sorted { landscape.schools[$0].urn < landscape.schools[$1].urn }
            return (["urn", "name", "structures", "kinds"],
                    order.map { [landscape.schools[$0].urn.rawValue, landscape.schools[$0].name, String(counts[$0].structures), String(counts[$0].kinds)] }, 2)
        case .ties:
            let network = SchoolNetwork(landscape)
            var rows: [(URN, URN, [String])] = []
            for v in network.graph.nodes {
                for edge in network.graph.edges(of: v) {
                    let a = network.schools[v.index].urn, b = network.schools[edge.neighbor.index].urn
                    guard a < b else { continue }
                    rows.append((a, b, [a.rawValue, b.rawValue, edge.layers.schoolLayers.map(\.description).joined(separator: ";"),
                                        String(edge.layers.count), number(edge.weight)]))
                }
            }
            return (["a", "b", "layers", "multiplexity", "weight"], rows.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2), 3)
        case .layers:
            return (["a", "b", "ties_a", "ties_b", "shared", "jaccard"],
                    LayerEdgeOverlap.all(SchoolNetwork(landscape)).map {
                        [$0.a.description, $0.b.description, String($0.tiesA), String($0.tiesB), String($0.shared), number($0.jaccard)]
                    }, 2)
        }
    }
}
