extension LandscapeChange {
    /// Structures formed and dissolved, moves between kinds, joins and leaves, links started and
    /// ended, and the hybrid pairs and leads that appeared or ended; then `changes`, every one of
    /// them in one table with whole names (what CSV writes); the two dates are echoed as `from`
    /// and `to`.
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
        let name = { (urn: URN) in ResultValue.text(landscape.school(urn)?.name) }
        let linkColumns: [ResultColumn<Link>] = [
            ResultColumn("source", meaning: "The supporting, selling or first school's URN.") {
                .text($0.source.rawValue)
            },
            ResultColumn("source_name", label: "from school", meaning: "Its name.") { name($0.source) },
            ResultColumn("target", meaning: "The supported, buying or second school's URN.") {
                .text($0.target.rawValue)
            },
            ResultColumn("target_name", label: "to school", meaning: "Its name.") { name($0.target) },
            ResultColumn("kind", meaning: "The kind of link.") { .text($0.kind.rawValue) },
            ResultColumn("start", meaning: "The day it started.") { $0.period.start.map(ResultValue.date) ?? .unknown },
            ResultColumn("end", meaning: "The day it ended.") { $0.period.end.map(ResultValue.date) ?? .unknown },
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
                .table(ResultTable("links_started", title: "Links started", rows: linksStarted, columns: linkColumns)),
                .table(ResultTable("links_ended", title: "Links ended", rows: linksEnded, columns: linkColumns)),
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
                .table(changes(landscape)),
            ])
    }

    /// One change a row: what changed, the kind of structure or link, the structure, the school
    /// and (for a link) the other school, with whole names, and the day it happened.
    struct Change {
        var change: String
        var kind: String
        var structure: String?
        var urn: URN
        var other: URN?
        var day: CalendarDate?
    }

    func changes(_ landscape: Landscape) -> ResultTable {
        var rows: [Change] = []
        for s in formed {
            rows.append(
                Change(
                    change: "formed", kind: s.kind.rawValue, structure: s.id, urn: s.lead ?? URN(""),
                    day: s.period.start))
        }
        for s in dissolved {
            rows.append(
                Change(
                    change: "dissolved", kind: s.kind.rawValue, structure: s.id, urn: s.lead ?? URN(""),
                    day: s.period.end))
        }
        for m in joins {
            rows.append(
                Change(
                    change: "joined", kind: landscape.structure(m.structureID)?.kind.rawValue ?? "",
                    structure: m.structureID, urn: m.urn, day: m.period.start))
        }
        for m in leaves {
            rows.append(
                Change(
                    change: "left", kind: landscape.structure(m.structureID)?.kind.rawValue ?? "",
                    structure: m.structureID, urn: m.urn, day: m.period.end))
        }
        for l in linksStarted {
            rows.append(
                Change(
                    change: "link started", kind: l.kind.rawValue, urn: l.source, other: l.target, day: l.period.start))
        }
        for l in linksEnded {
            rows.append(
                Change(change: "link ended", kind: l.kind.rawValue, urn: l.source, other: l.target, day: l.period.end))
        }
        let name = { (urn: URN?) in ResultValue.text(urn.flatMap { landscape.school($0)?.name }) }
        return ResultTable(
            "changes", title: "Every change", rows: rows,
            columns: [
                ResultColumn("change", meaning: "formed, dissolved, joined, left, link started or link ended.") {
                    .text($0.change)
                },
                ResultColumn("kind", meaning: "The kind of structure or link.") { .text($0.kind) },
                ResultColumn("structure", meaning: "The structure's id, for a structure or a membership.") {
                    .text($0.structure)
                },
                ResultColumn("structure_name", meaning: "Its name.") { row in
                    .text(row.structure.flatMap { landscape.structure($0)?.displayName })
                },
                ResultColumn("urn", meaning: "The school (a structure's lead; a link's first school).") {
                    $0.urn.rawValue.isEmpty ? .unknown : .text($0.urn.rawValue)
                },
                ResultColumn("name", meaning: "Its whole name.") { name($0.urn) },
                ResultColumn("other_urn", meaning: "A link's second school.") { .text($0.other?.rawValue) },
                ResultColumn("other_name", meaning: "Its whole name.") { name($0.other) },
                ResultColumn("date", meaning: "The day of the change, where the files give it.") {
                    $0.day.map(ResultValue.date) ?? .unknown
                },
                ResultColumn("from", meaning: "The earlier of the two days compared.") { _ in .date(from) },
                ResultColumn("to", meaning: "The later of the two days compared.") { _ in .date(to) },
            ])
    }
}
