import SchoolNetGraph

extension BrokerageReport {
    /// The network's E-I index, one row per group, and one row per school sorted by URN with
    /// its group, Gould–Fernandez role counts, total brokerage and E-I index. A school with no
    /// value for the attribute is in no group: its values are unknown, and a note says how many.
    public func result(_ schools: [School], context: AnswerContext = AnswerContext()) -> AnalysisResult {
        let r = roles
        let groupColumns: [ResultColumn<Int>] = [
            ResultColumn("group", label: "group (\(attribute))", meaning: "A value of the attribute \(attribute).") {
                .text(groupNames[$0])
            },
            .number(
                "ei_index", label: "E-I index",
                meaning:
                    "(external - internal) / (external + internal) ties of the group's schools (Krackhardt and Stern 1988)."
            ) { eiIndex.groups[$0] },
        ]
        func judged(_ name: String, label: String? = nil, meaning: String, _ values: [Double]) -> ResultColumn<Int> {
            ResultColumn(name, label: label, meaning: meaning, numeric: true) {
                groups[$0] == nil ? .unknown : .number(values[$0])
            }
        }
        let schoolColumns: [ResultColumn<Int>] = [
            .urn { schools[$0].urn }, .schoolName { schools[$0].name },
            ResultColumn("group", meaning: "The school's value of \(attribute); blank when unknown (in no group).") {
                .text(groups[$0])
            },
            judged(
                "coordinator",
                meaning: "Two-paths i -> school -> k with i, the school and k in one group (Gould and Fernandez 1989).",
                r.coordinator),
            judged("itinerant", meaning: "Two-paths with i and k in one group, the school in another.", r.itinerant),
            judged(
                "representative", meaning: "Two-paths with i and the school in one group, k in another.",
                r.representative),
            judged("gatekeeper", meaning: "Two-paths with the school and k in one group, i in another.", r.gatekeeper),
            judged("liaison", meaning: "Two-paths with all three in different groups.", r.liaison),
            judged("brokerage", meaning: "All five roles together.", r.total),
            judged(
                "ei_index", label: "E-I index",
                meaning: "(external - internal) / (external + internal) ties of the school.",
                eiIndex.nodes),
        ]
        var context = context
        context.parameters = FigureList(
            "options", title: "Brokerage", style: .inline,
            figures: [Figure(key: "groups", value: .text(attribute))]
                + (significance.map {
                    [
                        Figure(key: "permutations", value: .count($0.permutations)),
                        Figure(key: "seed", value: .unsigned($0.seed)),
                    ]
                } ?? []))
        context.notes += circularityNotes
        if let groupingNote { context.notes.append(groupingNote) }
        if unknownCount > 0 {
            context.notes.append(
                "\(unknownCount) of \(schools.count) schools have no value for \(attribute): they are in no group, "
                    + "their brokerage is not judged, and ties to them count neither inside nor outside a group.")
        }
        var sections: [AnalysisResult.Section] = [
            .figures(
                FigureList(
                    nil,
                    figures: [
                        Figure(
                            key: "eiIndex", label: "E-I index of the network by \(attribute)",
                            value: .number(eiIndex.network)),
                        Figure(
                            key: "assortativity", label: "assortativity by \(attribute)", value: .number(assortativity)),
                    ])),
            .table(ResultTable("groupEIIndex", keyedBy: "group", rows: groupNames.indices, columns: groupColumns)),
            .table(
                ResultTable(
                    "blockDensity", title: "Density within and between groups", rows: blocks,
                    columns: [
                        ResultColumn("group", meaning: "A group of \(attribute).") { .text(groupNames[$0.first]) },
                        ResultColumn("with", meaning: "The same group (within) or another (between).") {
                            .text(groupNames[$0.second])
                        },
                        .count("ties", meaning: "Ties within the group or between the two.") { $0.ties },
                        .count("pairs", meaning: "Pairs of schools that could be tied.") { $0.pairs },
                        .number(
                            "density",
                            meaning:
                                "Ties over pairs (UCINET's density by groups); pairs of groups not listed have none.",
                            unit: "share 0 to 1"
                        ) { $0.density },
                    ])),
        ]
        if let significance {
            let rows =
                [("ei_index", significance.eiIndex), ("assortativity", significance.assortativity)]
                + zip(groupNames, significance.groupEIIndex).map { ("ei_index:\($0)", $1) }
            sections.append(.table(PermutationOutcome.table(rows, title: "Against chance (group labels shuffled)")))
        }
        sections.append(.table(ResultTable("schools", rows: Landscape.urnOrder(schools), columns: schoolColumns)))
        return AnalysisResult(context: context, sections: sections)
    }
}
