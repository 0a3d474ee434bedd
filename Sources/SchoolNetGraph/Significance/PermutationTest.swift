/// The outcome of a permutation test: a statistic on the data against its values when the data
/// are shuffled under a null model.
///
/// p-values count the observed arrangement among the permutations (Phipson and Smyth 2010,
/// doi:10.2202/1544-6115.1585), so none is 0: `p_upper = (1 + #{permuted ≥ observed}) / (N + 1)`,
/// `p_lower` likewise with ≤, and `p = min(1, 2 · min(p_lower, p_upper))` two-sided. Values
/// within 1e-12 of the observed count as equal. A permutation where the statistic is undefined
/// (a shuffled group with no ties, say) is left out, and N counts only those kept
/// (``permutations``).
public struct PermutationOutcome: Sendable, Equatable {
    public let observed: Double
    /// The mean of the permuted values: what the null model expects.
    public let expected: Double
    /// Their standard deviation.
    public let standardDeviation: Double
    public let pUpper: Double
    public let pLower: Double
    public let pTwoSided: Double
    public let permutations: Int

    /// Summarises `permuted` (NaN values, where the statistic is undefined, are dropped) against
    /// `observed`; every figure is NaN when the observed value is.
    public init(observed: Double, permuted: [Double]) {
        let values = permuted.filter { !$0.isNaN }
        self.observed = observed
        permutations = values.count
        guard !observed.isNaN, !values.isEmpty else {
            (expected, standardDeviation, pUpper, pLower, pTwoSided) = (.nan, .nan, .nan, .nan, .nan)
            return
        }
        let count = Double(values.count)
        let mean = values.reduce(0, +) / count
        expected = mean
        standardDeviation = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / count).squareRoot()
        let upper = values.filter { $0 >= observed - 1e-12 }.count
        let lower = values.filter { $0 <= observed + 1e-12 }.count
        pUpper = Double(1 + upper) / (count + 1)
        pLower = Double(1 + lower) / (count + 1)
        pTwoSided = min(1, 2 * min(pUpper, pLower))
    }
}

/// Random permutations for the tests, drawn from a seeded generator: the same seed gives the
/// same permutations, and so the same p-values, on every platform.
public struct Permutations {
    var generator: SplitMix64

    public init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    /// `values` shuffled (Fisher–Yates).
    public mutating func shuffled<T>(_ values: [T]) -> [T] {
        var result = values
        guard result.count > 1 else { return result }
        for i in stride(from: result.count - 1, to: 0, by: -1) {
            let j = Int(generator.next() % UInt64(i + 1))
            result.swapAt(i, j)
        }
        return result
    }
}
