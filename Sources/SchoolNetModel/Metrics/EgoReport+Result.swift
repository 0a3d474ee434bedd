import SchoolNetGraph

extension EgoReport {
    /// One row per school (sorted by URN), or only `school`'s, then with `school` its alters.
    public func result(only school: Int? = nil, context: AnswerContext = AnswerContext()) -> AnalysisResult {
        let schools = network.schools
        let roles = brokerage.roles
        func judged(_ name: String, meaning: String, _ values: [Double]) -> ResultColumn<Int> {
            ResultColumn(name, meaning: meaning, numeric: true) {
                brokerage.groups[$0] == nil ? .unknown : .number(values[$0])
            }
        }
        var columns: [ResultColumn<Int>] = [
            .urn { schools[$0].urn }, .schoolName { schools[$0].name },
            .count("size", meaning: "Alters: the schools tied to this one.") { ego.size[$0] },
            .count("ties", meaning: "Ties among the alters, the school's own left out.") { ego.ties[$0] },
            .number(
                "density",
                meaning:
                    "Ties among the alters over their pairs, the school left out (UCINET's ego density); undefined with fewer than two.",
                unit: "share 0 to 1"
            ) { ego.density[$0] },
            .count("components", meaning: "Groups of alters that stay connected without the school.") {
                ego.components[$0]
            },
            .count(
                "unconnected_pairs",
                meaning:
                    "Pairs of alters not tied to each other (UCINET's Broker count); other alters may still link them."
            ) {
                ego.unconnectedPairs[$0]
            },
            .number("constraint", meaning: "Burt's constraint (1992); undefined without ties.") {
                constraint.values[$0]
            },
            .number("effective_size", meaning: "Burt's effective size: alters less their redundancy.") {
                effectiveSize.values[$0]
            },
        ]
        for (layer, alters) in tiesByLayer {
            columns.append(
                .count(
                    "alters:\(layer.description)", meaning: "Alters tied to the school through \(layer.description)."
                ) {
                    alters[$0]
                })
        }
        columns += [
            ResultColumn("group", meaning: "The school's value of \(brokerage.attribute); blank when unknown.") {
                .text(brokerage.groups[$0])
            },
            judged(
                "brokerage",
                meaning:
                    "Two-paths through the school with no direct tie, all five Gould–Fernandez roles by \(brokerage.attribute).",
                roles.total),
            judged("coordinator", meaning: "Brokerage inside the school's own group.", roles.coordinator),
            judged("itinerant", meaning: "Brokerage between two members of one other group.", roles.itinerant),
            judged("representative", meaning: "Brokerage from its own group out to another.", roles.representative),
            judged("gatekeeper", meaning: "Brokerage from another group into its own.", roles.gatekeeper),
            judged("liaison", meaning: "Brokerage between two other groups.", roles.liaison),
            judged(
                "ei_index", meaning: "(external - internal) / (external + internal) ties by \(brokerage.attribute).",
                brokerage.eiIndex.nodes),
        ]
        let rows = school.map { [$0] } ?? Landscape.urnOrder(schools)
        var sections: [AnalysisResult.Section] = [
            .table(ResultTable("schools", title: "Ego networks", rows: rows, columns: columns))
        ]
        if let school {
            let edges = network.graph.edges(of: NodeID(school)).sorted {
                schools[$0.neighbor.index].urn < schools[$1.neighbor.index].urn
            }
            let alterColumns: [ResultColumn<(neighbor: NodeID, weight: Double, layers: LayerSet)>] = [
                .urn { schools[$0.neighbor.index].urn }, .schoolName { schools[$0.neighbor.index].name },
                ResultColumn("layers", meaning: "The layers that tie it to the school.") {
                    .list($0.layers.schoolLayers.map { .text($0.description) })
                },
                .number("weight", meaning: "Shared structures plus link weights.") { $0.weight },
                ResultColumn("group", meaning: "Its value of \(brokerage.attribute).") {
                    .text(brokerage.groups[$0.neighbor.index])
                },
            ]
            sections.append(.table(ResultTable("alters", title: "Alters", rows: edges, columns: alterColumns)))
        }
        var context = context
        context.parameters = FigureList(
            "options", title: "Ego networks", style: .inline,
            figures: [
                Figure(key: "groups", value: .text(brokerage.attribute)),
                Figure(key: "projection", value: .text(network.selection.projection.rawValue)),
                .unlisted("layers", .list(network.selection.layers.sorted().map { .text($0.description) })),
            ])
        return AnalysisResult(context: context, sections: sections)
    }
}
