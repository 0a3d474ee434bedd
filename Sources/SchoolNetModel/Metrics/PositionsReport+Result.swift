import SchoolNetGraph

extension PositionsReport {
    /// The fit, the block image between positions, and each school's position (and coreness),
    /// sorted by URN.
    public func result(context: AnswerContext = AnswerContext()) -> AnalysisResult {
        let schools = network.schools
        var figures: [Figure] = [Figure(key: "positionCount", label: "positions", value: .count(positions.count))]
        var options: [Figure] = []
        switch method {
        case .corePeriphery:
            options.append(Figure(key: "method", value: .text("core-periphery")))
            if let discrete {
                figures += [
                    Figure(
                        key: "coreSchools", label: "schools in the core",
                        value: .count(discrete.isCore.filter { $0 }.count)),
                    Figure(
                        key: "fit", label: "fit of the partition (correlation of ties with the ideal pattern)",
                        value: .number(discrete.fit)),
                ]
            }
            if let coreness {
                figures.append(
                    Figure(
                        key: "corenessFit", label: "fit of the coreness (correlation of ties with c_i c_j)",
                        value: .number(coreness.fit)))
            }
        case .equivalence(let distance, let k):
            options += [
                Figure(key: "method", value: .text("equivalence")),
                Figure(key: "distance", value: .text(distance.rawValue)),
                Figure(key: "asked", label: "positions asked", value: .count(k)),
            ]
        }
        options += [
            Figure(key: "weighted", value: .flag(weighted)),
            Figure(key: "projection", value: .text(network.selection.projection.rawValue)),
            .unlisted("layers", .list(network.selection.layers.sorted().map { .text($0.description) })),
        ]
        figures.append(Figure(key: "density", label: "density of the network", value: .number(density)))
        var context = context
        context.parameters = FigureList("options", title: "Positions", style: .inline, figures: options)
        let pieces = network.graph.components().sizes.filter { $0 > 1 }.count
        if method == .corePeriphery && pieces > 1 {
            context.notes.append(
                "The network is in \(pieces) pieces (with two or more schools each): one core and one periphery may fit it poorly; "
                    + "consider a single piece or an area (--la, --region).")
        }
        let sizes = positions.communities.map(\.count)
        let blockColumns: [ResultColumn<BlockDensity>] = [
            ResultColumn("position", meaning: "A position.") { .text(positionNames[$0.first]) },
            ResultColumn("with", meaning: "The same position (within) or another (between).") {
                .text(positionNames[$0.second])
            },
            .count("ties", meaning: "Ties within the position or between the two.") { $0.ties },
            .count("pairs", meaning: "Pairs of schools that could be tied.") { $0.pairs },
            .number(
                "density", meaning: "Ties over pairs; pairs of positions not listed have none.", unit: "share 0 to 1"
            ) { $0.density },
            .count("image", meaning: "1 when the density is at least the network's (the α-density criterion), else 0.")
            { $0.density >= density ? 1 : 0 },
        ]
        var schoolColumns: [ResultColumn<Int>] = [
            .urn { schools[$0].urn }, .schoolName { schools[$0].name },
            ResultColumn("position", meaning: "The school's position.") {
                .text(positionNames[positions.membership[$0]])
            },
        ]
        if let coreness {
            schoolColumns.append(
                .number(
                    "coreness",
                    meaning:
                        "Continuous coreness (Borgatti and Everett 2000, by MINRES): squares sum to 1 over the schools."
                ) { coreness.values[$0] })
        }
        return AnalysisResult(
            context: context,
            sections: [
                .figures(FigureList(nil, figures: figures)),
                .table(
                    ResultTable(
                        "positions", title: "Positions", keyedBy: "position", rows: Array(positionNames.indices),
                        columns: [
                            ResultColumn("position", meaning: "A position.") { .text(positionNames[$0]) },
                            .count("schools", meaning: "Schools in it.") { sizes[$0] },
                        ])),
                .table(ResultTable("blockImage", title: "Block image", rows: blocks, columns: blockColumns)),
                .table(
                    ResultTable("schools", title: "Schools", rows: Landscape.urnOrder(schools), columns: schoolColumns)),
            ])
    }
}
