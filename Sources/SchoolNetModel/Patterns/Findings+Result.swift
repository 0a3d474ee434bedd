/// Alliance findings as a result: one row per finding with its verdict, score and evidence; the
/// thresholds are echoed.
public enum FindingsResult {
    public static func make(
        _ findings: [Finding], thresholds: PatternThresholds, landscape: Landscape,
        context: AnswerContext = AnswerContext()
    ) -> AnalysisResult {
        var context = context
        if !landscape.structures.contains(where: { $0.lead != nil }) {
            context.notes.append("No structure has a lead, so no alliance pattern can be judged.")
        }
        context.parameters = FigureList(
            "thresholds", title: "Thresholds", style: .inline,
            figures: PatternThresholds.names.sorted().map { name in
                Figure(
                    key: name,
                    value: thresholds.isCount(name)
                        ? .count(Int(thresholds.value(name))) : .number(thresholds.value(name)))
            })
        return AnalysisResult(
            context: context,
            sections: [
                .table(
                    ResultTable(
                        "findings", rows: findings,
                        columns: [
                            ResultColumn(
                                "structure", label: "structure or circle",
                                meaning: "The structure judged, or lead:URN for a lead's circle."
                            ) { finding in
                                if finding.scope == .lead {
                                    let urn = URN(String(finding.structure.dropFirst(5)))
                                    return .reference(
                                        id: finding.structure,
                                        name: "circle of \(landscape.school(urn)?.name ?? urn.rawValue) (\(urn))")
                                }
                                return .reference(
                                    id: finding.structure,
                                    name: landscape.structure(finding.structure)?.displayName ?? finding.structure)
                            },
                            ResultColumn("scope", meaning: "structure (its members) or lead (the lead's wider circle).")
                            { .text($0.scope.rawValue) },
                            ResultColumn("pattern", meaning: "hierarchical, exclusive or marketised.") {
                                .text($0.pattern.rawValue)
                            },
                            ResultColumn("verdict", meaning: "yes, no, or insufficient-data.") {
                                .text($0.verdict.rawValue)
                            },
                            .number(
                                "score",
                                meaning: "The pattern's main indicator; undefined when the data do not allow it."
                            ) { $0.score },
                            ResultColumn("evidence", meaning: "Every number the verdict rests on.") { finding in
                                .record(finding.evidence.map { ResultField($0.name, .number($0.value)) })
                            },
                        ]))
            ])
    }
}
