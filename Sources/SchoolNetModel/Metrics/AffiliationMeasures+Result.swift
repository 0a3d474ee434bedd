import SchoolNetGraph

extension AffiliationMeasures {
    /// One table of every node of the two-mode network: the schools sorted by URN, then the
    /// structures by id.
    public func result(_ landscape: Landscape, context: AnswerContext = AnswerContext()) -> AnalysisResult {
        let schoolOrder = Landscape.urnOrder(landscape.schools)
        let structureOrder = structures.indices.sorted { structures[$0].id < structures[$1].id }
        let rows = schoolOrder + structureOrder.map { twoMode.actorCount + $0 }
        func isStructure(_ v: Int) -> Bool { v >= twoMode.actorCount }
        let graph = twoMode.graph
        let columns: [ResultColumn<Int>] = [
            ResultColumn("mode", meaning: "school or structure: the two modes of the network.") {
                .text(isStructure($0) ? "structure" : "school")
            },
            ResultColumn("id", meaning: "The school's URN or the structure's id.") { v in
                isStructure(v)
                    ? .text(structures[v - twoMode.actorCount].id) : .text(landscape.schools[v].urn.rawValue)
            },
            ResultColumn("name", meaning: "The school's or the structure's name.") { v in
                .text(isStructure(v) ? structures[v - twoMode.actorCount].displayName : landscape.schools[v].name)
            },
            ResultColumn("kind", meaning: "The structure's kind; blank for a school.") { v in
                isStructure(v) ? .kind(structures[v - twoMode.actorCount].kind) : .unknown
            },
            .count("degree", meaning: "Memberships: a school's structures, a structure's members.") {
                graph.degree(of: NodeID($0))
            },
            .number(
                "degree_centrality", label: "degree (2-mode)",
                meaning: "Degree over the size of the other mode (Borgatti and Everett 1997).",
                unit: "share 0 to 1"
            ) { centrality.degree.values[$0] },
            .number(
                "closeness", label: "closeness (2-mode)",
                meaning:
                    "The mode's best sum of distances over the node's own, times the share of other nodes it reaches (Borgatti and Everett 1997; 0 when it reaches none).",
                unit: "0 to 1"
            ) { centrality.closeness.values[$0] },
            .number(
                "betweenness", label: "betweenness (2-mode)",
                meaning: "Betweenness over the largest a node of its mode could have (Borgatti and Everett 1997).",
                unit: "0 to 1"
            ) { centrality.betweenness.values[$0] },
            .number(
                "clustering", label: "clustering (dot)",
                meaning:
                    "Latapy et al. 2008: the mean, over the nodes of the same mode sharing a neighbour, of shared neighbours over the union of the two neighbourhoods; 0 when none.",
                unit: "0 to 1"
            ) { clustering[.dot]!.values[$0] },
            .number(
                "clustering_min", label: "clustering (min)",
                meaning: "As clustering, shared neighbours over the smaller neighbourhood.", unit: "0 to 1"
            ) { clustering[.min]!.values[$0] },
            .number(
                "clustering_max", label: "clustering (max)",
                meaning: "As clustering, shared neighbours over the larger neighbourhood.", unit: "0 to 1"
            ) { clustering[.max]!.values[$0] },
        ]
        var context = context
        context.parameters = FigureList(
            "options", title: "Affiliation network", style: .inline,
            figures: [
                Figure(key: "kinds", value: .list(kinds.sorted().map { .kind($0) }))
            ])
        return AnalysisResult(
            context: context,
            sections: [
                .figures(
                    FigureList(
                        nil,
                        figures: [
                            Figure(key: "schools", value: .count(twoMode.actorCount)),
                            Figure(key: "structures", value: .count(twoMode.groupCount)),
                            Figure(key: "memberships", value: .count(twoMode.members.reduce(0) { $0 + $1.count })),
                        ])),
                .table(ResultTable("nodes", title: "Schools and structures", rows: rows, columns: columns)),
            ])
    }
}
