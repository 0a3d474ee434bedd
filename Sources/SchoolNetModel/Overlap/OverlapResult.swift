import SchoolNetGraph

/// The overlap views of a landscape as one result: `pairs` (every pair of structures sharing a
/// member), `kinds` (kind by kind), `schools` (structures and kinds per school), `ties` (the
/// layers joining each pair of schools) and `layers` (how far the tie sets of two layers
/// coincide). Every role counts as membership.
public enum OverlapResult {
    /// The names of the views, in order.
    public static let views = ["pairs", "kinds", "schools", "ties", "layers"]

    /// The views named in `views` (all by default), in the order of ``views``; only those are
    /// computed.
    ///
    /// - Complexity: that of ``Landscape/structureOverlaps()`` for pairs, plus building the
    ///   school network for ties and layers.
    public static func make(
        _ landscape: Landscape, views chosen: Set<String> = Set(views), context: AnswerContext = AnswerContext()
    ) -> AnalysisResult {
        let network = chosen.contains("ties") || chosen.contains("layers") ? SchoolNetwork(landscape) : nil
        var sections: [AnalysisResult.Section] = []
        for view in views where chosen.contains(view) {
            switch view {
            case "pairs": sections.append(.table(pairs(landscape)))
            case "kinds": sections.append(.table(kinds(landscape)))
            case "schools": sections.append(.table(schools(landscape)))
            case "ties": network.map { sections.append(.table(ties($0))) }
            default: network.map { sections.append(.table(layers($0))) }
            }
        }
        return AnalysisResult(context: context, sections: sections)
    }

    public static func pairs(_ landscape: Landscape) -> ResultTable {
        ResultTable(
            "pairs", rows: landscape.structureOverlaps(),
            columns: [
                .structure(
                    "a", label: "structure A", meaning: "The first structure of the pair (id order).", in: landscape
                ) { $0.a },
                .structure("b", label: "structure B", meaning: "The second structure of the pair.", in: landscape) {
                    $0.b
                },
                .count("shared", meaning: "Schools in both.") { $0.shared },
                .number("jaccard", label: "Jaccard", meaning: "|A∩B| / |A∪B|.", unit: "share 0 to 1") { $0.jaccard },
                .number(
                    "overlap_coefficient", meaning: "|A∩B| / min(|A|, |B|) (Szymkiewicz-Simpson).", unit: "share 0 to 1"
                ) {
                    $0.overlapCoefficient
                },
                ResultColumn(
                    "relation", meaning: "coincident (same members), nested (one inside the other) or interleaved."
                ) {
                    .text($0.relation.rawValue)
                },
            ])
    }

    public static func kinds(_ landscape: Landscape) -> ResultTable {
        let matrix = KindOverlapMatrix(landscape)
        var columns: [ResultColumn<StructureKind>] = [
            ResultColumn("kind", meaning: "Schools in a structure of this kind…") { .kind($0) },
            .count("schools", meaning: "Schools in any structure of the kind.") { matrix.schools[$0] ?? 0 },
        ]
        for column in matrix.kinds {
            columns.append(
                .number(
                    column.rawValue,
                    meaning:
                        "…the share also in a structure of the kind \(column.rawValue) (on the diagonal: in two or more)."
                ) {
                    matrix.share[$0]?[column] ?? .nan
                })
        }
        return ResultTable("kinds", rows: matrix.kinds, columns: columns)
    }

    public static func schools(_ landscape: Landscape) -> ResultTable {
        let counts = landscape.structureCounts()
        return ResultTable(
            "schools", rows: Landscape.urnOrder(landscape.schools),
            columns: [
                .urn { landscape.schools[$0].urn }, .schoolName { landscape.schools[$0].name },
                .count("structures", meaning: "Distinct structures the school belongs to.") { counts[$0].structures },
                .count("kinds", meaning: "Distinct kinds among them.") { counts[$0].kinds },
            ])
    }

    public static func ties(_ network: SchoolNetwork) -> ResultTable {
        var rows: [(a: URN, b: URN, layers: [Layer], weight: Double)] = []
        for v in network.graph.nodes {
            for edge in network.graph.edges(of: v) {
                let a = network.schools[v.index].urn
                let b = network.schools[edge.neighbor.index].urn
                if a < b { rows.append((a, b, edge.layers.schoolLayers, edge.weight)) }
            }
        }
        rows.sort { ($0.a, $0.b) < ($1.a, $1.b) }
        return ResultTable(
            "ties", rows: rows,
            columns: [
                ResultColumn("a", meaning: "The first school's URN.") { .text($0.a.rawValue) },
                ResultColumn("b", meaning: "The second school's URN.") { .text($0.b.rawValue) },
                ResultColumn("layers", meaning: "The layers joining the two, separated by ';'.") {
                    .text($0.layers.map(\.description).joined(separator: ";"))
                },
                .count("multiplexity", meaning: "How many layers join the two.") { $0.layers.count },
                .number("weight", meaning: "Structures shared plus link weights.") { $0.weight },
            ])
    }

    public static func layers(_ network: SchoolNetwork) -> ResultTable {
        ResultTable(
            "layers", rows: LayerEdgeOverlap.all(network),
            columns: [
                ResultColumn("a", meaning: "A layer.") { .text($0.a.description) },
                ResultColumn("b", meaning: "Another layer.") { .text($0.b.description) },
                .count("ties_a", meaning: "Ties in layer a.") { $0.tiesA },
                .count("ties_b", meaning: "Ties in layer b.") { $0.tiesB },
                .count("shared", meaning: "Ties in both.") { $0.shared },
                .number("jaccard", label: "Jaccard", meaning: "Shared ties over ties in either.", unit: "share 0 to 1")
                { $0.jaccard },
            ])
    }
}
