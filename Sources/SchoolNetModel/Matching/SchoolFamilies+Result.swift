extension SchoolFamilies {
    /// Each school's nearest schools, one row per pair (school, rank), sorted by URN and rank;
    /// the features' scales; the schools that could not be compared and why.
    public func result(_ landscape: Landscape, context: AnswerContext = AnswerContext()) -> AnalysisResult {
        let schools = landscape.schools
        let numeric = features.features.filter(\.isNumeric)
        let rows = Landscape.urnOrder(schools).flatMap { a in
            neighbours[a].enumerated().map { (school: a, rank: $0.offset + 1, neighbour: $0.element) }
        }
        var columns: [ResultColumn<(school: Int, rank: Int, neighbour: Neighbour)>] = [
            .urn { schools[$0.school].urn }, .schoolName { schools[$0.school].name },
            .count("rank", meaning: "1 for the most similar school.") { $0.rank },
            ResultColumn("neighbour", meaning: "A school like it (its URN).") {
                .text(schools[$0.neighbour.school].urn.rawValue)
            },
            ResultColumn("neighbour_name", meaning: "Its name.") { .text(schools[$0.neighbour.school].name) },
            .number(
                "distance",
                meaning:
                    "√Σ weight × (difference in standard deviations)² over the numeric features; 0 for the same context."
            ) { $0.neighbour.distance },
        ]
        for (f, feature) in numeric.enumerated() {
            columns.append(
                .number(
                    "term:\(feature.name)",
                    meaning:
                        "\(feature.name)'s part of the squared distance: weight \(feature.weight) × (difference in standard deviations)²."
                ) { $0.neighbour.terms[f] })
        }
        if let family {
            columns.append(
                ResultColumn("family", meaning: "The school's family (its stratum and a number).") {
                    .text(family[$0.school])
                })
        }
        let excluded = Landscape.urnOrder(schools).filter { features.missing[$0] != nil || neighbours[$0].isEmpty }
        let strataNames = features.features.filter { !$0.isNumeric }.map(\.name).joined(separator: " and ")
        var context = context
        context.parameters = FigureList(
            "options", title: "Families", style: .inline,
            figures: [
                Figure(
                    key: "features",
                    value: .list(features.features.map { .text($0.weight == 1 ? $0.name : "\($0.name)=\($0.weight)") })),
                Figure(key: "size", value: .count(size)),
            ])
        if !excluded.isEmpty {
            context.notes.append(
                "\(excluded.count) of \(schools.count) schools have no family: they lack a chosen feature, or no other school shares their stratum (the table 'Not compared', `excluded` in JSON); no school is matched on fewer features."
            )
        }
        let strata = features.features.filter { !$0.isNumeric }.map(\.name)
        if !strata.isEmpty {
            context.notes.append(
                "Schools are compared only within the same \(strata.joined(separator: " and ")), as the DfE's families of schools were drawn within a phase."
            )
        }
        return AnalysisResult(
            context: context,
            sections: [
                .table(
                    ResultTable(
                        "scales", title: "Features", keyedBy: "feature", rows: features.scales.indices,
                        columns: [
                            ResultColumn("feature", meaning: "A numeric feature.") { .text(features.scales[$0].name) },
                            .number("weight", meaning: "Its weight in the distance.") { numeric[$0].weight },
                            .number("mean", meaning: "Its mean over the schools that have it.") {
                                features.scales[$0].mean
                            },
                            .number("sd", meaning: "Its standard deviation (population) over them.") {
                                features.scales[$0].sd
                            },
                        ])),
                .table(ResultTable("families", title: "Nearest schools", rows: rows, columns: columns)),
                .table(
                    ResultTable(
                        "excluded", title: "Not compared", rows: excluded,
                        columns: [
                            .urn { schools[$0].urn }, .schoolName { schools[$0].name },
                            ResultColumn(
                                "reason",
                                meaning:
                                    "The first chosen feature the school lacks, or that it is alone in its stratum."
                            ) {
                                .text(
                                    features.missing[$0].map { "no \($0)" }
                                        ?? "no other school of the same \(strataNames)")
                            },
                        ])),
            ])
    }
}
