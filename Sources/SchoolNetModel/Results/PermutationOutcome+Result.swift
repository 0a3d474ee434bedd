import SchoolNetGraph

extension PermutationOutcome {
    /// A table of permutation tests, one row per statistic: observed, expected, standard
    /// deviation and the p-values.
    public static func table(_ rows: [(String, PermutationOutcome)], title: String) -> ResultTable {
        let columns: [ResultColumn<(String, PermutationOutcome)>] = [
            ResultColumn("statistic", meaning: "What is tested.") { .text($0.0) },
            .number("observed", meaning: "Its value on the data.") { $0.1.observed },
            .number("expected", meaning: "Its mean over the permutations: what chance alone gives.") {
                $0.1.expected
            },
            .number("sd", meaning: "Its standard deviation over the permutations.") { $0.1.standardDeviation },
            .number(
                "p_lower", meaning: "(1 + permutations at or below the observed) / (N + 1).", unit: "probability"
            ) { $0.1.pLower },
            .number(
                "p_upper", meaning: "(1 + permutations at or above the observed) / (N + 1).", unit: "probability"
            ) { $0.1.pUpper },
            .number(
                "p", meaning: "Two-sided: twice the smaller of p_lower and p_upper, at most 1.", unit: "probability"
            ) { $0.1.pTwoSided },
            .count(
                "permutations",
                meaning: "Permutations that gave a value (those where the statistic is undefined are left out)."
            ) { $0.1.permutations },
        ]
        return ResultTable("significance", title: title, keyedBy: "statistic", rows: rows, columns: columns)
    }
}
