extension HybridStructures {
    /// Hybrid leads, hybrid pairs, each structure's hybridity and fragmentation by local
    /// authority; the thresholds are echoed as the `thresholds` parameters.
    public func result(_ landscape: Landscape, context: AnswerContext = AnswerContext()) -> AnalysisResult {
        var context = context
        if !landscape.structures.contains(where: { $0.lead != nil })
            && !landscape.memberships.contains(where: { $0.role == .lead })
        {
            context.notes.append("No structure records a lead, so hybrid leads cannot be found.")
        }
        context.parameters = FigureList(
            "thresholds", title: "Thresholds", style: .inline,
            figures: [
                Figure(key: "pair_overlap", value: .number(thresholds.pairOverlap)),
                Figure(key: "pair_jaccard", value: .number(thresholds.pairJaccard)),
                Figure(key: "pair_min_shared", value: .count(thresholds.pairMinimumShared)),
            ])
        let kinds = { (kinds: [StructureKind]) in ResultValue.list(kinds.map { .kind($0) }) }
        return AnalysisResult(
            context: context,
            sections: [
                .table(
                    ResultTable(
                        "leads", title: "Hybrid leads", rows: leads,
                        columns: [
                            .urn(\.urn), .schoolName { landscape.school($0.urn)?.name },
                            ResultColumn(
                                "kinds", label: "leads kinds", meaning: "The kinds of structure the school leads."
                            ) { kinds($0.kinds) },
                            ResultColumn("structures", meaning: "The structures it leads.") { lead in
                                .list(
                                    lead.structures.map {
                                        .reference(id: $0, name: landscape.structure($0)?.displayName ?? $0)
                                    })
                            },
                        ])),
                .table(
                    ResultTable(
                        "pairs", title: "Hybrid pairs", rows: pairs,
                        columns: [
                            .structure(
                                "a", label: "structure A", meaning: "The first structure (id order).", in: landscape
                            ) { $0.overlap.a },
                            .structure("b", label: "structure B", meaning: "The second structure.", in: landscape) {
                                $0.overlap.b
                            },
                            ResultColumn("kinds", meaning: "The kinds of A and B.") { kinds($0.kinds) },
                            .count("shared", meaning: "Schools in both.") { $0.overlap.shared },
                            .number("overlap_coefficient", meaning: "|A∩B| / min(|A|, |B|).", unit: "share 0 to 1") {
                                $0.overlap.overlapCoefficient
                            },
                            .number("jaccard", label: "Jaccard", meaning: "|A∩B| / |A∪B|.", unit: "share 0 to 1") {
                                $0.overlap.jaccard
                            },
                            ResultColumn("relation", meaning: "coincident, nested or interleaved.") {
                                .text($0.overlap.relation.rawValue)
                            },
                        ])),
                .table(
                    ResultTable(
                        "structures", title: "Hybridity of each structure", rows: hybridity,
                        columns: ResultColumn.structureAndKind(in: landscape, id: { $0.id }, kind: { $0.kind }) + [
                            .count("members", meaning: "Distinct member schools.") { $0.members },
                            .number(
                                "hybridity", meaning: "Share of its members also in a structure of another kind.",
                                unit: "share 0 to 1"
                            ) {
                                $0.hybridity
                            },
                        ])),
                .table(
                    ResultTable(
                        "fragmentation", title: "Fragmentation by local authority", rows: fragmentation,
                        columns: [
                            ResultColumn("la", label: "local authority", meaning: "The local authority.") {
                                .text($0.localAuthority)
                            },
                            .count("schools", meaning: "Its schools.") { $0.schools },
                            .count(
                                "structures_touching", meaning: "Distinct structures with a member school in the area."
                            ) { $0.structuresTouching },
                            .number("structures_per_school", meaning: "Memberships of the area's schools per school.") {
                                $0.structuresPerSchool
                            },
                        ])),
            ])
    }
}
