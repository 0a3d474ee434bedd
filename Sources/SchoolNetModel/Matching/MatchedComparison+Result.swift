extension MatchedComparison {
    /// The difference with its interval and p-value, the pairs, and the members not matched.
    public func result(
        _ landscape: Landscape, group: String, features: ContextFeatures, calliper: Double?, replacement: Bool,
        resamples: Int, seed: UInt64, context: AnswerContext = AnswerContext()
    ) -> AnalysisResult {
        let schools = landscape.schools
        let value = schools.map { SchoolAttribute.number(outcome, of: $0) }
        func mean(_ values: [Double]) -> Double { values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count) }
        var context = context
        context.parameters = FigureList(
            "parameters", title: "Matched comparison", style: .inline,
            figures: [
                Figure(key: "members_of", value: .text(group)),
                Figure(key: "outcome", value: .text(outcome)),
                Figure(
                    key: "features",
                    value: .list(features.features.map { .text($0.weight == 1 ? $0.name : "\($0.name)=\($0.weight)") })),
                Figure(key: "calliper", value: .number(calliper)),
                Figure(key: "replacement", value: .flag(replacement)),
                Figure(key: "resamples", value: .count(resamples)),
                Figure(key: "seed", value: .unsigned(seed)),
            ])
        context.notes.append(
            "A descriptive association among schools matched on context, not an effect of membership: members and non-members may differ in ways the features do not hold. The interval is where the mean difference falls in 95% of resamples of the pairs; p is the share of random sign flips of the differences whose mean is at least as far from 0."
        )
        if pairs.count < 10 {
            context.notes.append("Only \(pairs.count) matched pairs: the interval and p-value say little at this size.")
        }
        if features.features.contains(where: { $0.name.lowercased() == outcome.lowercased() }) {
            context.notes.append("\(outcome) is also a matching feature: the pairs are alike in it by construction.")
        }
        let columns: [ResultColumn<Pair>] = [
            ResultColumn("member", meaning: "A member (its URN).") { .text(schools[$0.member].urn.rawValue) },
            ResultColumn("member_name", meaning: "Its name.") { .text(schools[$0.member].name) },
            ResultColumn("match", meaning: "The non-member matched to it (its URN).") {
                .text(schools[$0.control].urn.rawValue)
            },
            ResultColumn("match_name", meaning: "Its name.") { .text(schools[$0.control].name) },
            .number("distance", meaning: "Their context distance (as `schoolnet families`).") { $0.distance },
            .number("member_outcome", meaning: "The member's \(outcome).") { value[$0.member] ?? .nan },
            .number("match_outcome", meaning: "The match's \(outcome).") { value[$0.control] ?? .nan },
            .number("difference", meaning: "Member's less match's.") { $0.difference },
        ]
        return AnalysisResult(
            context: context,
            sections: [
                .figures(
                    FigureList(
                        nil,
                        figures: [
                            Figure(key: "members", value: .count(members.count)),
                            Figure(key: "matched", value: .count(pairs.count)),
                            Figure(
                                key: "memberMean", label: "members' mean \(outcome)",
                                value: .number(mean(pairs.compactMap { value[$0.member] ?? .nan }))),
                            Figure(
                                key: "matchMean", label: "matches' mean \(outcome)",
                                value: .number(mean(pairs.compactMap { value[$0.control] ?? .nan }))),
                            Figure(key: "difference", label: "mean difference", value: .number(difference)),
                            Figure(
                                key: "intervalLow", label: "95% interval, low (bootstrap)", value: .number(interval.low)
                            ),
                            Figure(
                                key: "intervalHigh", label: "95% interval, high (bootstrap)",
                                value: .number(interval.high)),
                            Figure(key: "p", label: "p (two-sided, sign flips)", value: .number(test.pUpper)),
                        ])),
                .table(ResultTable("pairs", title: "Matched pairs", rows: pairs, columns: columns)),
                .table(
                    ResultTable(
                        "unmatched", title: "Members not matched", rows: unmatched,
                        columns: [
                            .urn { schools[$0.school].urn }, .schoolName { schools[$0.school].name },
                            ResultColumn("reason", meaning: "Why no match.") { .text($0.reason) },
                        ])),
            ])
    }
}
