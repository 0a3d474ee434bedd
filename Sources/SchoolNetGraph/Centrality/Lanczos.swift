/// The largest eigenvalue of a symmetric matrix and its eigenvector, by restarted Lanczos with
/// full reorthogonalisation (Golub and Van Loan, *Matrix Computations*, §10.1): build an
/// orthonormal basis of the Krylov space of the start vector, solve the small tridiagonal
/// problem, restart from the best approximation until the residual is tiny.
///
/// From the all-ones start vector the Krylov space holds only that vector's components along each
/// eigenspace, so the result is the eigenvector that power iteration from all ones converges to
/// (NetworkX's), reached in far fewer products when the spectral gap is small.
enum Lanczos {
    /// - Parameters:
    ///   - n: the matrix order.
    ///   - multiply: writes `A x` into its second argument.
    ///   - checkEvery: how many basis vectors to add between estimates of the residual.
    ///   - tolerance: stop when ‖A x − θ x‖ ≤ tolerance × max(1, |θ|).
    /// - Returns: the eigenvector with unit length and non-negative sum.
    static func dominantEigenvector(
        n: Int, basisSize: Int = 48, checkEvery: Int = 8, tolerance: Double = 1e-11, maxRestarts: Int = 500,
        multiply: (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void
    ) -> [Double] {
        guard n > 0 else { return [] }
        let m = min(basisSize, n)
        // The basis, one vector after another in one array.
        var basis = [Double](repeating: 0, count: m * n)
        var x = [Double](repeating: 1 / Double(n).squareRoot(), count: n)
        var w = [Double](repeating: 0, count: n)
        for _ in 0..<maxRestarts {
            var alpha: [Double] = []
            var beta: [Double] = []
            var size = 0
            var theta = 0.0
            var y: [Double] = []
            var invariant = false
            basis.withUnsafeMutableBufferPointer { basis in
                w.withUnsafeMutableBufferPointer { w in
                    for i in 0..<n { basis[i] = x[i] }
                    for j in 0..<m {
                        let vj = UnsafeBufferPointer(rebasing: basis[(j * n)..<((j + 1) * n)])
                        multiply(vj, w)
                        alpha.append(dot(w, vj))
                        size = j + 1
                        // Full reorthogonalisation against every basis vector so far.
                        for k in 0...j {
                            let vk = UnsafeBufferPointer(rebasing: basis[(k * n)..<((k + 1) * n)])
                            let c = dot(w, vk)
                            for i in 0..<n { w[i] -= c * vk[i] }
                        }
                        let b = dot(w, UnsafeBufferPointer(w)).squareRoot()
                        if j == m - 1 { break }
                        if b <= 1e-13 * max(1, abs(alpha[j])) {
                            invariant = true  // the Krylov space is invariant: the Ritz pair is exact
                            break
                        }
                        // Every few steps, stop once the top Ritz pair's residual, b·|y_j|, is small
                        // enough: the rest of the basis would not change the answer.
                        if (j + 1) % checkEvery == 0 {
                            let (estimate, ritz) = topEigenpair(alpha: alpha, beta: beta)
                            if b * abs(ritz[j]) <= tolerance / 2 * max(1, abs(estimate)) { break }
                        }
                        beta.append(b)
                        let next = (j + 1) * n
                        for i in 0..<n { basis[next + i] = w[i] / b }
                    }
                    (theta, y) = topEigenpair(alpha: alpha, beta: Array(beta.prefix(size - 1)))
                    // The Ritz vector.
                    for i in 0..<n { x[i] = 0 }
                    for k in 0..<size where y[k] != 0 {
                        let offset = k * n
                        let yk = y[k]
                        for i in 0..<n { x[i] += yk * basis[offset + i] }
                    }
                }
            }
            let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 0 { for i in 0..<n { x[i] /= norm } }
            var residual = 0.0
            x.withUnsafeBufferPointer { xs in
                w.withUnsafeMutableBufferPointer { w in
                    multiply(xs, w)
                    for i in 0..<n { residual += (w[i] - theta * xs[i]) * (w[i] - theta * xs[i]) }
                }
            }
            if residual.squareRoot() <= tolerance * max(1, abs(theta)) || invariant { break }
        }
        if x.reduce(0, +) < 0 { x = x.map { -$0 } }
        return x
    }

    static func dot(_ a: UnsafeMutableBufferPointer<Double>, _ b: UnsafeBufferPointer<Double>) -> Double {
        var s = 0.0
        for i in 0..<a.count { s += a[i] * b[i] }
        return s
    }

    /// The largest eigenvalue of a symmetric tridiagonal matrix (diagonal `alpha`, off-diagonal
    /// `beta`) and its unit eigenvector: the eigenvalue by bisection on Sturm sequence counts
    /// within the Gershgorin bounds, the eigenvector by inverse iteration (Golub and Van Loan,
    /// §8.4.1 and §8.2.2). O(k) per bisection step and per solve, so O(k) overall for k rows.
    static func topEigenpair(alpha: [Double], beta: [Double]) -> (Double, [Double]) {
        let k = alpha.count
        guard k > 1 else { return (alpha.first ?? 0, [1]) }
        var low = Double.infinity
        var high = -Double.infinity
        for i in 0..<k {
            let radius = (i > 0 ? abs(beta[i - 1]) : 0) + (i < k - 1 ? abs(beta[i]) : 0)
            low = min(low, alpha[i] - radius)
            high = max(high, alpha[i] + radius)
        }
        let scale = max(abs(low), abs(high), .leastNormalMagnitude)
        // Sturm count: the number of eigenvalues below x.
        func below(_ x: Double) -> Int {
            var count = 0
            var d = 1.0
            for i in 0..<k {
                d = alpha[i] - x - (i > 0 ? beta[i - 1] * beta[i - 1] / d : 0)
                if d == 0 { d = -Double.ulpOfOne * scale }
                if d < 0 { count += 1 }
            }
            return count
        }
        // Invariant: at most k − 1 eigenvalues below `low`, all k below `high` (the largest is in between).
        high += Double.ulpOfOne * scale
        for _ in 0..<200 where high - low > 2 * Double.ulpOfOne * scale {
            let middle = (low + high) / 2
            if below(middle) == k { high = middle } else { low = middle }
        }
        let theta = (low + high) / 2
        var y = [Double](repeating: 1 / Double(k).squareRoot(), count: k)
        for _ in 0..<3 {
            y = solveShifted(alpha: alpha, beta: beta, shift: theta, rightSide: y, tiny: Double.ulpOfOne * scale)
            let norm = y.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0, norm.isFinite else { break }
            for i in 0..<k { y[i] /= norm }
        }
        return (theta, y)
    }

    /// Solves `(T − shift·I) y = b` for the symmetric tridiagonal T by Gaussian elimination with
    /// partial pivoting (each step chooses between the two rows that reach the column); a zero
    /// pivot, which an exact eigenvalue shift can give, becomes `tiny`.
    static func solveShifted(alpha: [Double], beta: [Double], shift: Double, rightSide b: [Double], tiny: Double)
        -> [Double]
    {
        let k = alpha.count
        // The upper-triangular factor: diagonal, first and second superdiagonal, right side.
        var u0 = [Double](repeating: 0, count: k)
        var u1 = u0
        var u2 = u0
        var ub = u0
        var r0 = alpha[0] - shift
        var r1 = beta[0]
        var rb = b[0]
        for i in 0..<(k - 1) {
            let n0 = beta[i]
            let n1 = alpha[i + 1] - shift
            let n2 = i + 1 < k - 1 ? beta[i + 1] : 0
            let nb = b[i + 1]
            if abs(r0) >= abs(n0) {
                if r0 == 0 { r0 = tiny }
                let f = n0 / r0
                (u0[i], u1[i], u2[i], ub[i]) = (r0, r1, 0, rb)
                (r0, r1, rb) = (n1 - f * r1, n2, nb - f * rb)
            } else {
                let f = r0 / n0
                (u0[i], u1[i], u2[i], ub[i]) = (n0, n1, n2, nb)
                (r0, r1, rb) = (r1 - f * n1, -f * n2, rb - f * nb)
            }
        }
        (u0[k - 1], ub[k - 1]) = (r0 == 0 ? tiny : r0, rb)
        var y = [Double](repeating: 0, count: k)
        for i in stride(from: k - 1, through: 0, by: -1) {
            var sum = ub[i]
            if i + 1 < k { sum -= u1[i] * y[i + 1] }
            if i + 2 < k { sum -= u2[i] * y[i + 2] }
            y[i] = sum / u0[i]
        }
        return y
    }
}
