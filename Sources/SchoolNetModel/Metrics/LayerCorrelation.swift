import SchoolNetGraph

/// Does one kind of tie go with another beyond chance? The QAP correlation between the school
/// networks of two selections of layers (`QAP`), with its permutation test.
public struct LayerCorrelation: Sendable {
    public let first: NetworkSelection
    public let second: NetworkSelection
    public let weighted: Bool
    public let outcome: PermutationOutcome
    public let seed: UInt64
    /// The permutations asked for (`PermutationOutcome/permutations` counts those that gave a value).
    public let permutations: Int
    /// The pairs of schools the correlation runs over.
    public let pairs: Int
    public let ties: (first: Int, second: Int)

    /// - Complexity: O(N · m log d) for N permutations.
    public init(
        _ landscape: Landscape, first: NetworkSelection, second: NetworkSelection, weighted: Bool,
        permutations: Int, seed: UInt64
    ) {
        let a = SchoolNetwork(landscape, selection: first).graph
        let b = SchoolNetwork(landscape, selection: second).graph
        self.first = first
        self.second = second
        self.weighted = weighted
        self.seed = seed
        self.permutations = permutations
        outcome = QAP.test(a, b, weighted: weighted, permutations: permutations, seed: seed)
        pairs = a.nodeCount * (a.nodeCount - 1) / 2
        ties = (a.edgeCount, b.edgeCount)
    }

    public func result(context: AnswerContext = AnswerContext()) -> AnalysisResult {
        func names(_ selection: NetworkSelection) -> String {
            selection.layers.sorted().map(\.description).joined(separator: ",")
        }
        var context = context
        if outcome.observed.isNaN {
            context.notes.append(
                "The correlation is undefined: a network has no ties (or ties every pair alike), so there is nothing to correlate."
            )
        }
        context.parameters = FigureList(
            "options", title: "QAP", style: .inline,
            figures: [
                Figure(key: "layers", value: .text(names(first))),
                Figure(key: "against", value: .text(names(second))),
                Figure(key: "weighted", value: .flag(weighted)),
                Figure(key: "permutations", value: .count(permutations)),
                Figure(key: "seed", value: .unsigned(seed)),
            ])
        return AnalysisResult(
            context: context,
            sections: [
                .figures(
                    FigureList(
                        nil,
                        figures: [
                            Figure(key: "pairs", label: "pairs of schools", value: .count(pairs)),
                            Figure(key: "ties", label: "ties in --layers", value: .count(ties.first)),
                            Figure(key: "tiesAgainst", label: "ties in --against", value: .count(ties.second)),
                        ])),
                .table(
                    PermutationOutcome.table(
                        [("QAP correlation", outcome)], title: "Against chance (schools relabelled in one network)")),
            ])
    }
}
