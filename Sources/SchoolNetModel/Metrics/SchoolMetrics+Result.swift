extension SchoolMetrics {
    /// One row per school, sorted by URN: `urn`, `name`, each measure, then degree and
    /// strength per layer when asked for. The options are echoed as the `options` parameters.
    public func result(_ network: SchoolNetwork, context: AnswerContext = AnswerContext()) -> AnalysisResult {
        var columns: [ResultColumn<Int>] = [.urn { network.schools[$0].urn }, .schoolName { network.schools[$0].name }]
        for measure in measures {
            let scores = self.scores(measure)
            columns.append(.number(measure.name, meaning: measure.meaning) { scores[$0] })
        }
        for layer in perLayer {
            columns.append(
                .number("degree:\(layer.layer)", meaning: "Ties in the layer \(layer.layer).") {
                    layer.degree.values[$0]
                })
            columns.append(
                .number("strength:\(layer.layer)", meaning: "Weight of the ties in the layer \(layer.layer).") {
                    layer.strength.values[$0]
                })
        }
        var context = context
        context.parameters = FigureList(
            "options", title: "Options",
            figures: [
                Figure(key: "convention", value: .text(options.convention.rawValue)),
                Figure(key: "weighted", value: .flag(options.weighted)),
                Figure(key: "directed", value: .flag(network.selection.directed)),
                Figure(key: "projection", value: .text(network.selection.projection.rawValue)),
                Figure(key: "layers", value: .list(network.selection.layers.sorted().map { .text($0.description) })),
                Figure(key: "betweennessSamples", value: options.betweennessSamples.map { .count($0) } ?? .unknown),
                Figure(key: "seed", value: .unsigned(options.seed)),
                Figure(key: "betweennessErrorBound", value: .number(betweennessErrorBound)),
            ])
        return AnalysisResult(
            context: context,
            sections: [
                .table(ResultTable("schools", rows: Landscape.urnOrder(network.schools), columns: columns))
            ])
    }
}
