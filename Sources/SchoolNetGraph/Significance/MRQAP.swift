/// Multiple regression QAP (Krackhardt 1988, doi:10.1016/0378-8733(88)90004-4): one network's
/// ties regressed on several others' over every pair of distinct nodes (each pair once when
/// undirected), by ordinary least squares with an intercept, each coefficient tested by double
/// semi-partialling (Dekker, Krackhardt and Snijders 2007, doi:10.1007/s11336-007-9016-1): the
/// predictor is first regressed on the others, its residual network's nodes are relabelled at
/// random, and the outcome is regressed on the others and the relabelled residual; the t-statistic
/// of that last coefficient, over the permutations, is the null distribution of the predictor's
/// observed t. This is statnet's `netlm(nullhyp = "qapspp")`.
public struct MRQAP: Sendable {
    /// Intercept first, then one per predictor.
    public let coefficients: [Double]
    /// Their t-statistics (coefficient over its standard error, σ² = SSE / (N − k − 1)).
    public let tStatistics: [Double]
    /// Per predictor (not the intercept): its t against the permuted ones.
    public let tests: [PermutationOutcome]
    public let rSquared: Double
    public let adjustedRSquared: Double
    /// The pairs of nodes regressed over.
    public let cells: Int

    /// - Complexity: O(N k²) to fit, O(N k) per permutation and predictor, N the pairs; O(N k + n²)
    ///   memory.
    public init(_ outcome: CSRGraph, on predictors: [CSRGraph], weighted: Bool = true, permutations: Int, seed: UInt64)
    {
        precondition(
            !outcome.isDirected && predictors.allSatisfy { !$0.isDirected && $0.nodeCount == outcome.nodeCount })
        let n = outcome.nodeCount
        let cellCount = n * (n - 1) / 2
        cells = cellCount
        func cellsOf(_ graph: CSRGraph) -> [Double] {
            var values = [Double](repeating: 0, count: cellCount)
            for a in 0..<n {
                for slot in graph.offsets[a]..<graph.offsets[a + 1] where Int(graph.targets[slot]) > a {
                    values[Self.cell(a, Int(graph.targets[slot]), n)] = weighted ? graph.weights[slot] : 1
                }
            }
            return values
        }
        let y = cellsOf(outcome)
        let xs = predictors.map(cellsOf)
        let k = xs.count
        let fit = Self.ordinaryLeastSquares(y, [[Double](repeating: 1, count: cellCount)] + xs)
        coefficients = fit.coefficients
        tStatistics = fit.t
        let meanY = y.reduce(0, +) / Double(max(1, cellCount))
        let total = y.reduce(0) { $0 + ($1 - meanY) * ($1 - meanY) }
        rSquared = total > 0 ? 1 - fit.sse / total : .nan
        let degrees = Double(cellCount - k - 1)
        adjustedRSquared = total > 0 && degrees > 0 ? 1 - (fit.sse / degrees) / (total / Double(cellCount - 1)) : .nan
        var random = Permutations(seed: seed)
        var tests: [PermutationOutcome] = []
        for j in 0..<k {
            // The predictor with the others (and the intercept) partialled out.
            let others =
                [[Double](repeating: 1, count: cellCount)] + xs.enumerated().filter { $0.offset != j }.map(\.element)
            let residual = Self.ordinaryLeastSquares(xs[j], others).residuals
            // Only the relabelled residual's products change between permutations: the others'
            // Gram matrix and moments, and the residual's own sum of squares, are fixed.
            let fixed = Self.products(y, others)
            let squares = residual.reduce(0) { $0 + $1 * $1 }
            let yy = y.reduce(0) { $0 + $1 * $1 }
            // The residual as a full symmetric matrix: relabelling then reads along one row at a
            // time, which stays in cache, instead of jumping between rows of the triangle.
            var full = [Double](repeating: 0, count: n * n)
            for a in 0..<n {
                for b in (a + 1)..<n {
                    let value = residual[Self.cell(a, b, n)]
                    full[a * n + b] = value
                    full[b * n + a] = value
                }
            }
            // The relabellings are drawn in order from the one generator, then fitted in parallel:
            // the same seed gives the same answer on any machine.
            let orders = (0..<max(0, permutations)).map { _ in random.shuffled(Array(0..<n)) }
            let fullMatrix = full
            let gram = fixed.gram
            let moment = fixed.moment
            let p = others.count
            let workspace: @Sendable () -> [Double] = { [Double](repeating: 0, count: cellCount) }
            let permuted = Parallel.mapWithWorkspace(orders.count, workspace) { index, relabelled in
                let order = orders[index]
                var position = 0
                for a in 0..<n {
                    let row = order[a] * n
                    for b in (a + 1)..<n {
                        relabelled[position] = fullMatrix[row + order[b]]
                        position += 1
                    }
                }
                var fullGram = gram.map { $0 + [0] } + [[Double](repeating: 0, count: p + 1)]
                var fullMoment = moment + [0]
                for (i, column) in others.enumerated() {
                    var sum = 0.0
                    for c in 0..<cellCount { sum += column[c] * relabelled[c] }
                    fullGram[i][p] = sum
                    fullGram[p][i] = sum
                }
                fullGram[p][p] = squares
                var sum = 0.0
                for c in 0..<cellCount { sum += y[c] * relabelled[c] }
                fullMoment[p] = sum
                return Self.lastT(gram: fullGram, moment: fullMoment, yy: yy, count: cellCount)
            }
            tests.append(PermutationOutcome(observed: fit.t[j + 1], permuted: permuted))
        }
        self.tests = tests
    }

    /// The position of pair (a, b), a < b, in row order of the upper triangle.
    static func cell(_ a: Int, _ b: Int, _ n: Int) -> Int { a * n - a * (a + 1) / 2 + (b - a - 1) }

    /// Least squares of y on the columns: coefficients, their t-statistics, the residuals and
    /// the residual sum of squares. Solved from the normal equations by Gaussian elimination with
    /// partial pivoting (a handful of columns); a column that is a combination of the others
    /// leaves its coefficient NaN.
    static func ordinaryLeastSquares(_ y: [Double], _ columns: [[Double]])
        -> (coefficients: [Double], t: [Double], residuals: [Double], sse: Double)
    {
        let p = columns.count
        let count = y.count
        let (gram, moment) = products(y, columns)
        guard let inverse = invert(gram) else {
            let nan = [Double](repeating: .nan, count: p)
            return (nan, nan, y, .nan)
        }
        let beta = (0..<p).map { i in (0..<p).reduce(0.0) { $0 + inverse[i][$1] * moment[$1] } }
        var residuals = y
        var sse = 0.0
        for c in 0..<count {
            var fitted = 0.0
            for i in 0..<p { fitted += beta[i] * columns[i][c] }
            residuals[c] = y[c] - fitted
            sse += residuals[c] * residuals[c]
        }
        let variance = count > p ? sse / Double(count - p) : .nan
        let t = (0..<p).map { i in tStatistic(beta[i], standardError: (variance * inverse[i][i]).squareRoot()) }
        return (beta, t, residuals, sse)
    }

    /// β / se; an exact fit (se 0) gives ±∞ for a coefficient that is not 0, and NaN for one that is.
    static func tStatistic(_ beta: Double, standardError: Double) -> Double {
        if standardError > 0 { return beta / standardError }
        return beta == 0 || beta.isNaN ? .nan : (beta > 0 ? .infinity : -.infinity)
    }

    /// XᵀX and Xᵀy of the columns.
    static func products(_ y: [Double], _ columns: [[Double]]) -> (gram: [[Double]], moment: [Double]) {
        let p = columns.count
        var gram = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
        var moment = [Double](repeating: 0, count: p)
        for i in 0..<p {
            for j in i..<p {
                var sum = 0.0
                for c in 0..<y.count { sum += columns[i][c] * columns[j][c] }
                gram[i][j] = sum
                gram[j][i] = sum
            }
            var sum = 0.0
            for c in 0..<y.count { sum += columns[i][c] * y[c] }
            moment[i] = sum
        }
        return (gram, moment)
    }

    /// The t-statistic of the last coefficient from the normal equations alone:
    /// SSE = yᵀy − βᵀXᵀy.
    static func lastT(gram: [[Double]], moment: [Double], yy: Double, count: Int) -> Double {
        let p = moment.count
        guard count > p, let inverse = invert(gram) else { return .nan }
        let beta = (0..<p).map { i in (0..<p).reduce(0.0) { $0 + inverse[i][$1] * moment[$1] } }
        let sse = Swift.max(0, yy - zip(beta, moment).reduce(0) { $0 + $1.0 * $1.1 })
        return tStatistic(beta[p - 1], standardError: (sse / Double(count - p) * inverse[p - 1][p - 1]).squareRoot())
    }

    /// The inverse of a small symmetric matrix; nil when singular.
    static func invert(_ matrix: [[Double]]) -> [[Double]]? {
        let p = matrix.count
        var a = matrix
        var inverse = (0..<p).map { i in (0..<p).map { $0 == i ? 1.0 : 0.0 } }
        let scale = matrix.enumerated().map { abs($0.element[$0.offset]) }.max() ?? 0
        for column in 0..<p {
            guard let pivot = (column..<p).max(by: { abs(a[$0][column]) < abs(a[$1][column]) }),
                abs(a[pivot][column]) > 1e-12 * max(1, scale)
            else { return nil }
            a.swapAt(column, pivot)
            inverse.swapAt(column, pivot)
            let divisor = a[column][column]
            for j in 0..<p {
                a[column][j] /= divisor
                inverse[column][j] /= divisor
            }
            for row in 0..<p where row != column {
                let factor = a[row][column]
                guard factor != 0 else { continue }
                for j in 0..<p {
                    a[row][j] -= factor * a[column][j]
                    inverse[row][j] -= factor * inverse[column][j]
                }
            }
        }
        return inverse
    }
}
