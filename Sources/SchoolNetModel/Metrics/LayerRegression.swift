import SchoolNetGraph

/// How one kind of tie depends on several others: MRQAP regression of one layer selection's
/// school network on others' (`MRQAP`), each coefficient tested by double semi-partialling.
public struct LayerRegression: Sendable {
    /// The most schools it takes: it holds every pair of schools for each network.
    public static let limit = 4_000

    public let outcome: NetworkSelection
    public let predictors: [NetworkSelection]
    public let weighted: Bool
    public let seed: UInt64
    public let permutations: Int
    public let regression: MRQAP

    /// - Complexity: O(N k²) to fit and O(N k) per permutation and predictor, N the pairs of schools.
    public init(
        _ landscape: Landscape, outcome: NetworkSelection, predictors: [NetworkSelection], weighted: Bool,
        permutations: Int, seed: UInt64
    ) {
        self.outcome = outcome
        self.predictors = predictors
        self.weighted = weighted
        self.seed = seed
        self.permutations = permutations
        regression = MRQAP(
            SchoolNetwork(landscape, selection: outcome).graph,
            on: predictors.map { SchoolNetwork(landscape, selection: $0).graph }, weighted: weighted,
            permutations: permutations, seed: seed)
    }

    public func result(context: AnswerContext = AnswerContext()) -> AnalysisResult {
        func names(_ selection: NetworkSelection) -> String {
            selection.layers.sorted().map(\.description).joined(separator: ",")
        }
        var context = context
        if regression.coefficients.contains(where: \.isNaN) {
            context.notes.append(
                "The regression cannot be fitted: a predictor has no ties, or is the same as a combination of the others (or of the intercept)."
            )
        } else if regression.rSquared.isNaN {
            context.notes.append(
                "The --layers network has no ties (or ties every pair alike): there is nothing to explain.")
        }
        context.parameters = FigureList(
            "options", title: "MRQAP", style: .inline,
            figures: [
                Figure(key: "layers", value: .text(names(outcome))),
                Figure(key: "against", value: .list(predictors.map { .text(names($0)) })),
                Figure(key: "weighted", value: .flag(weighted)),
                Figure(key: "permutations", value: .count(permutations)),
                Figure(key: "seed", value: .unsigned(seed)),
            ])
        let rows = [("(intercept)", nil)] + predictors.enumerated().map { (names($0.element), Optional($0.offset)) }
        let columns: [ResultColumn<(String, Int?)>] = [
            ResultColumn("predictor", meaning: "The intercept, or a predictor's layers (a network of their ties).") {
                .text($0.0)
            },
            .number("coefficient", meaning: "Its least-squares coefficient over every pair of schools.") { row in
                regression.coefficients[(row.1 ?? -1) + 1]
            },
            .number("t", meaning: "Coefficient over its standard error.") { row in
                regression.tStatistics[(row.1 ?? -1) + 1]
            },
            .number(
                "expected_t",
                meaning: "The mean t of the relabelled residual (double semi-partialling): what chance alone gives."
            ) { row in row.1.map { regression.tests[$0].expected } ?? .nan },
            .number(
                "p_lower", meaning: "(1 + permutations with t at or below the observed) / (N + 1).",
                unit: "probability"
            ) { row in row.1.map { regression.tests[$0].pLower } ?? .nan },
            .number(
                "p_upper", meaning: "(1 + permutations with t at or above the observed) / (N + 1).",
                unit: "probability"
            ) { row in row.1.map { regression.tests[$0].pUpper } ?? .nan },
            .number(
                "p", meaning: "Two-sided: twice the smaller of p_lower and p_upper, at most 1.", unit: "probability"
            ) { row in row.1.map { regression.tests[$0].pTwoSided } ?? .nan },
        ]
        return AnalysisResult(
            context: context,
            sections: [
                .figures(
                    FigureList(
                        nil,
                        figures: [
                            Figure(key: "pairs", label: "pairs of schools", value: .count(regression.cells)),
                            Figure(key: "rSquared", label: "R²", value: .number(regression.rSquared)),
                            Figure(
                                key: "adjustedRSquared", label: "adjusted R²",
                                value: .number(regression.adjustedRSquared)),
                        ])),
                .table(
                    ResultTable(
                        "regression", title: "MRQAP regression", keyedBy: "predictor", rows: rows, columns: columns)),
            ])
    }
}
