extension SupportMatching {
    /// The parameters, the proposals with their cost and evidence, the schools left unmatched and
    /// why, each supporter's capacity, and with `allCandidates` every candidate pair, so that the
    /// optimum can be checked independently.
    public func result(
        _ landscape: Landscape, allCandidates: Bool = false, context: AnswerContext = AnswerContext()
    ) -> AnalysisResult {
        let schools = landscape.schools
        func urn(_ i: Int) -> ResultValue { .text(schools[i].urn.rawValue) }
        let existing = Dictionary(uniqueKeysWithValues: supporters.map { ($0.school, $0.existing) })
        let proposed = Dictionary(grouping: proposals, by: \.supporter).mapValues(\.count)
        let needReason = Dictionary(uniqueKeysWithValues: needs.map { ($0.school, $0.reason) })
        let proposalColumns: [ResultColumn<Candidate>] = [
            ResultColumn("school", meaning: "The school that needs support (its URN).") { urn($0.school) },
            ResultColumn("school_name", meaning: "Its name.") { .text(schools[$0.school].name) },
            ResultColumn("supporter", meaning: "The high performer proposed to support it (its URN).") {
                urn($0.supporter)
            },
            ResultColumn("supporter_name", meaning: "Its name.") { .text(schools[$0.supporter].name) },
            .number("cost", meaning: "km × km weight + context distance × context weight + trust penalty.") {
                $0.cost
            },
            ResultColumn("evidence", meaning: "What the cost is made of, and what the supporter already gives.") {
                candidate in
                .record([
                    ResultField("km", .number(candidate.kilometres.isNaN ? nil : candidate.kilometres)),
                    ResultField("context_distance", .number(candidate.context)),
                    ResultField("crosses_trust", .flag(candidate.crossesTrust)),
                    ResultField("needs_support", .text(needReason[candidate.school])),
                    ResultField("phase", .choice(schools[candidate.school].phase)),
                    ResultField("supporter_phase", .choice(schools[candidate.supporter].phase)),
                    ResultField("school_ofsted", .choice(schools[candidate.school].ofsted)),
                    ResultField("supporter_ofsted", .choice(schools[candidate.supporter].ofsted)),
                    ResultField("supporter_gives_already", .count(existing[candidate.supporter] ?? 0)),
                ])
            },
        ]
        let candidateColumns: [ResultColumn<Candidate>] = [
            ResultColumn("school", meaning: "The school that needs support.") { urn($0.school) },
            ResultColumn("supporter", meaning: "An eligible supporter.") { urn($0.supporter) },
            .number("cost", meaning: "The pair's cost.") { $0.cost },
        ]
        var sections: [AnalysisResult.Section] = [
            .figures(
                FigureList(
                    nil,
                    figures: [
                        Figure(key: "needing", label: "schools needing support", value: .count(needy.count)),
                        Figure(key: "matched", label: "proposed a supporter", value: .count(proposals.count)),
                        Figure(key: "totalCost", label: "total cost", value: .number(totalCost)),
                        Figure(key: "candidatePairs", label: "candidate pairs", value: .count(candidates.count)),
                    ])),
            .table(ResultTable("proposals", title: "Proposed pairings", rows: proposals, columns: proposalColumns)),
            .table(
                ResultTable(
                    "unmatched", title: "Not matched", rows: unmatched,
                    columns: [
                        ResultColumn("school", meaning: "A school that needs support (its URN).") { urn($0.school) },
                        ResultColumn("school_name", meaning: "Its name.") { .text(schools[$0.school].name) },
                        ResultColumn("reason", meaning: "Why no supporter is proposed.") { .text($0.reason) },
                    ])),
            .table(
                ResultTable(
                    "supporters", title: "Supporters", rows: supporters,
                    columns: [
                        ResultColumn("urn", meaning: "A high performer.") { urn($0.school) },
                        ResultColumn("name", meaning: "Its name.") { .text(schools[$0.school].name) },
                        .count("gives_already", meaning: "Its support links (NLE, LLE, SLE) on the date.") {
                            $0.existing
                        },
                        .count(
                            "capacity",
                            meaning: "Places it has before the proposals: --capacity less the support it gives already."
                        ) {
                            $0.capacity
                        },
                        .count("proposed", meaning: "Schools proposed to it.") { proposed[$0.school] ?? 0 },
                        .count("capacity_left", meaning: "Capacity after the proposals.") {
                            $0.capacity - (proposed[$0.school] ?? 0)
                        },
                    ])),
        ]
        if allCandidates {
            sections.append(
                .table(
                    ResultTable(
                        "candidates", title: "Every candidate pair", rows: candidates, columns: candidateColumns)))
        }
        var context = context
        context.parameters = FigureList(
            "parameters", title: "Matching", style: .inline,
            figures: [
                Figure(key: "capacity", value: .count(options.capacity)),
                Figure(key: "same_phase", value: .flag(options.samePhase)),
                Figure(key: "max_km", value: .number(options.maximumKilometres)),
                Figure(key: "km_weight", value: .number(options.kmWeight)),
                Figure(key: "context_weight", value: .number(options.contextWeight)),
                Figure(key: "trust_penalty", value: .number(options.trustPenalty)),
                Figure(
                    key: "features",
                    value: .list(options.features.map { .text($0.weight == 1 ? $0.name : "\($0.name)=\($0.weight)") })),
                Figure(
                    key: "high_grades",
                    value: .list(options.thresholds.highGrades.map(\.rawValue).sorted().map { .text($0) })),
            ])
        context.notes.append(
            "Proposals to discuss, not a verdict: they take as many schools as the capacities allow, at the least total cost over those assignments (a minimum-cost maximum flow). Cost has no unit: 0.1 per km (--km-weight) plus 1 per standard deviation of difference in context (--context-weight), plus any trust penalty."
        )
        let graded = schools.filter { $0.ofsted != nil }.count
        if 2 * graded < schools.count {
            context.notes.append(
                "Only \(graded) of \(schools.count) schools have an Ofsted grade: who needs support, and who can give it, is judged for those alone."
            )
        }
        return AnalysisResult(context: context, sections: sections)
    }
}
