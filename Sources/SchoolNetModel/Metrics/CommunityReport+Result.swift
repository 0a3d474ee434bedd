extension CommunityReport {
    /// The number of communities and the modularity, the agreement with each kind of structure
    /// (NMI, ARI), and each school's community, sorted by URN.
    public func result(
        _ network: SchoolNetwork, landscape: Landscape, context: AnswerContext = AnswerContext()
    ) -> AnalysisResult {
        let agreementColumns: [ResultColumn<(kind: StructureKind, nmi: Double, ari: Double, coverage: Double)>] = [
            ResultColumn(
                "kind", label: "agreement with",
                meaning:
                    "A kind of structure; each school in one goes to its first structure of the kind (by id); schools in none are left out."
            ) {
                .kind($0.kind)
            },
            .number(
                "nmi", label: "NMI",
                meaning: "Normalised mutual information, arithmetic mean (igraph compare_communities)."
            ) { $0.nmi },
            .number("ari", label: "ARI", meaning: "Adjusted Rand index (Hubert and Arabie 1985).") { $0.ari },
            .number(
                "coverage", meaning: "Share of all schools in a structure of the kind: those the comparison covers.",
                unit: "share 0 to 1"
            ) { $0.coverage },
        ]
        let schoolColumns: [ResultColumn<Int>] = [
            .urn { network.schools[$0].urn }, .schoolName { network.schools[$0].name },
            .count("community", meaning: "The community's number, from 0.") { partition.membership[$0] },
        ]
        var context = context
        var options: [Figure] = [.unlisted("method", .text(method.title))]
        switch method {
        case .louvain(let louvain):
            options += [
                Figure(key: "seed", value: .unsigned(louvain.seed)),
                Figure(key: "resolution", value: .number(louvain.resolution)),
            ]
        case .leiden(let leiden):
            options += [
                Figure(key: "seed", value: .unsigned(leiden.seed)),
                Figure(key: "resolution", value: .number(leiden.resolution)),
                Figure(key: "randomness", value: .number(leiden.randomness)),
            ]
        }
        options += [
            Figure(key: "weighted", value: .flag(method.weighted)),
            Figure(key: "projection", value: .text(network.selection.projection.rawValue)),
            .unlisted("layers", .list(network.selection.layers.sorted().map { .text($0.description) })),
        ]
        context.parameters = FigureList("options", title: method.title, style: .inline, figures: options)
        let restated = agreement.map(\.kind).filter { network.selection.layers.contains(.structure($0)) }
        if !restated.isEmpty {
            context.notes.append(
                "The network holds the co-membership ties of \(restated.map(\.rawValue).joined(separator: ", ")): agreement with those kinds "
                    + "partly restates their own ties; --layers without a kind asks whether the other ties follow it.")
        }
        let single = agreement.filter { $0.nmi.isNaN }.map(\.kind.rawValue)
        if !single.isEmpty {
            context.notes.append(
                "Agreement is undefined (–) for \(single.joined(separator: ", ")): a kind with one structure (or none covering two schools) gives no grouping to compare."
            )
        }
        var headline = [
            Figure(key: "communities", value: .count(partition.count)),
            Figure(key: "modularity", value: .number(modularity)),
        ]
        if case .leiden(let leiden) = method, leiden.objective == .cpm {
            headline.append(
                Figure(key: "cpmQuality", label: "CPM quality (γ \(leiden.resolution))", value: .number(quality)))
        }
        let crosstabColumns: [ResultColumn<(kind: StructureKind, cell: StructureCrosstab.Cell)>] = [
            ResultColumn("kind", meaning: "The kind of structure.") { .kind($0.kind) },
            ResultColumn(
                "structure",
                meaning:
                    "A structure of the kind, or (no KIND) for the schools in none (a school in several counts in each)."
            ) { row in
                row.cell.structureID.map { .reference(id: $0, name: landscape.structure($0)?.displayName ?? $0) }
                    ?? .text("(no \(row.kind.rawValue))")
            },
            .count("community", meaning: "The community's number, from 0.") { $0.cell.community },
            .count("schools", meaning: "The structure's members (or schools in none) in the community.") {
                $0.cell.schools
            },
            .number("share", meaning: "Their share of the structure's members.", unit: "share 0 to 1") {
                $0.cell.share
            },
        ]
        return AnalysisResult(
            context: context,
            sections: [
                .figures(FigureList(nil, figures: headline)),
                .table(
                    ResultTable(
                        "agreement", title: "Agreement with formal structures", keyedBy: "kind", rows: agreement,
                        columns: agreementColumns)),
                .table(
                    ResultTable(
                        "crosstab", title: "Communities by structure",
                        rows: crosstab.flatMap { table in table.cells.map { (table.kind, $0) } },
                        columns: crosstabColumns)),
                .table(
                    ResultTable(
                        "schools", title: "Schools", rows: Landscape.urnOrder(network.schools), columns: schoolColumns)),
            ])
    }
}
