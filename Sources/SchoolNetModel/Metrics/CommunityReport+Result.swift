extension CommunityReport {
    /// The number of communities and the modularity, the agreement with each kind of structure
    /// (NMI, ARI), and each school's community, sorted by URN.
    public func result(_ network: SchoolNetwork, context: AnswerContext = AnswerContext()) -> AnalysisResult {
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
        context.parameters = FigureList(
            "options", title: "Louvain", style: .inline,
            figures: [
                Figure(key: "seed", value: .unsigned(options.seed)),
                Figure(key: "resolution", value: .number(options.resolution)),
                Figure(key: "weighted", value: .flag(options.weighted)),
                Figure(key: "projection", value: .text(network.selection.projection.rawValue)),
                .unlisted("layers", .list(network.selection.layers.sorted().map { .text($0.description) })),
            ])
        return AnalysisResult(
            context: context,
            sections: [
                .figures(
                    FigureList(
                        nil,
                        figures: [
                            Figure(key: "communities", value: .count(partition.count)),
                            Figure(key: "modularity", value: .number(modularity)),
                        ])),
                .table(
                    ResultTable(
                        "agreement", title: "Agreement with formal structures", keyedBy: "kind", rows: agreement,
                        columns: agreementColumns)),
                .table(
                    ResultTable(
                        "schools", title: "Schools", rows: Landscape.urnOrder(network.schools), columns: schoolColumns)),
            ])
    }
}
