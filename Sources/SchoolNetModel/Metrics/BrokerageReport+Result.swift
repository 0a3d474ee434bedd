extension BrokerageReport {
    /// The network's E-I index, one row per group, and one row per school sorted by URN with
    /// its group, Gould–Fernandez role counts, total brokerage and E-I index.
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
            ) {
                eiIndex.groups[$0]
            },
        ]
        let schoolColumns: [ResultColumn<Int>] = [
            .urn { schools[$0].urn }, .schoolName { schools[$0].name },
            ResultColumn("group", meaning: "The school's value of \(attribute); unknown when blank.") {
                .text(groups[$0])
            },
            .number(
                "coordinator",
                meaning: "Two-paths i -> school -> k with i, the school and k in one group (Gould and Fernandez 1989)."
            ) { r.coordinator[$0] },
            .number("itinerant", meaning: "Two-paths with i and k in one group, the school in another.") {
                r.itinerant[$0]
            },
            .number("representative", meaning: "Two-paths with i and the school in one group, k in another.") {
                r.representative[$0]
            },
            .number("gatekeeper", meaning: "Two-paths with the school and k in one group, i in another.") {
                r.gatekeeper[$0]
            },
            .number("liaison", meaning: "Two-paths with all three in different groups.") { r.liaison[$0] },
            .number("brokerage", meaning: "All five roles together.") { r.total[$0] },
            .number(
                "ei_index", label: "E-I index",
                meaning: "(external - internal) / (external + internal) ties of the school."
            ) { eiIndex.nodes[$0] },
        ]
        var context = context
        context.parameters = FigureList(nil, figures: [Figure(key: "groups", value: .text(attribute))])
        return AnalysisResult(
            context: context,
            sections: [
                .figures(
                    FigureList(
                        nil,
                        figures: [
                            Figure(
                                key: "eiIndex", label: "E-I index of the network by \(attribute)",
                                value: .number(eiIndex.network))
                        ])),
                .table(ResultTable("groupEIIndex", keyedBy: "group", rows: groupNames.indices, columns: groupColumns)),
                .table(ResultTable("schools", rows: Landscape.urnOrder(schools), columns: schoolColumns)),
            ])
    }
}
