extension LandscapeChange {
    /// Structures formed and dissolved, moves between kinds, joins and leaves, and the hybrid
    /// pairs and leads that appeared or ended; the two dates are echoed as `from` and `to`.
    public func result(_ landscape: Landscape, context: AnswerContext = AnswerContext()) -> AnalysisResult {
        func kind(_ id: String) -> ResultValue { .choice(landscape.structure(id)?.kind) }
        func structures(_ list: [(id: String, kind: StructureKind)]) -> ResultValue {
            .list(
                list.map {
                    .record([ResultField("structure", .text($0.id)), ResultField("kind", .kind($0.kind))])
                })
        }
        let structureColumns: [ResultColumn<Structure>] = [
            ResultColumn("id", meaning: "The structure's id.") { .text($0.id) },
            ResultColumn("kind", meaning: "Its kind.") { .kind($0.kind) },
            ResultColumn("name", meaning: "Its name.") { .text($0.displayName) },
        ]
        let membershipColumns: [ResultColumn<Membership>] = [
            .structure("structure", label: "structure", meaning: "The structure joined or left.", in: landscape) {
                $0.structureID
            },
            ResultColumn("kind", meaning: "Its kind.") { kind($0.structureID) },
            .urn(\.urn), .schoolName { landscape.school($0.urn)?.name },
        ]
        let pairColumns: [ResultColumn<HybridStructures.Pair>] = [
            .structure("a", label: "structure A", meaning: "The first structure.", in: landscape) { $0.overlap.a },
            .structure("b", label: "structure B", meaning: "The second structure.", in: landscape) { $0.overlap.b },
            ResultColumn("kinds", meaning: "Their kinds.") { .list($0.kinds.map { .kind($0) }) },
        ]
        let leadColumns: [ResultColumn<HybridStructures.Lead>] = [
            .urn(\.urn),
            ResultColumn("kinds", meaning: "The kinds it leads.") { .list($0.kinds.map { .kind($0) }) },
        ]
        var context = context
        context.parameters = FigureList(
            nil,
            figures: [
                Figure(key: "from", value: .date(from)), Figure(key: "to", value: .date(to)),
            ])
        return AnalysisResult(
            context: context,
            sections: [
                .figures(FigureList(nil, title: "Changes from \(from) to \(to)", figures: [])),
                .table(ResultTable("formed", title: "Structures formed", rows: formed, columns: structureColumns)),
                .table(
                    ResultTable("dissolved", title: "Structures dissolved", rows: dissolved, columns: structureColumns)),
                .table(
                    ResultTable(
                        "moves", title: "Moves between kinds", rows: moves,
                        columns: [
                            .urn(\.urn), .schoolName { landscape.school($0.urn)?.name },
                            ResultColumn("from", meaning: "The structures of the kinds it left.") {
                                structures($0.left)
                            },
                            ResultColumn("to", meaning: "The structures of other kinds it joined.") {
                                structures($0.joined)
                            },
                        ])),
                .table(ResultTable("joins", title: "Joins", rows: joins, columns: membershipColumns)),
                .table(ResultTable("leaves", title: "Leaves", rows: leaves, columns: membershipColumns)),
                .table(
                    ResultTable(
                        "hybrid_pairs_appeared", title: "Hybrid pairs appeared", rows: hybridPairsAppeared,
                        columns: pairColumns)),
                .table(
                    ResultTable(
                        "hybrid_pairs_ended", title: "Hybrid pairs ended", rows: hybridPairsEnded, columns: pairColumns)
                ),
                .table(
                    ResultTable(
                        "hybrid_leads_appeared", title: "Hybrid leads appeared", rows: hybridLeadsAppeared,
                        columns: leadColumns)),
                .table(
                    ResultTable(
                        "hybrid_leads_ended", title: "Hybrid leads ended", rows: hybridLeadsEnded, columns: leadColumns)
                ),
            ])
    }
}
