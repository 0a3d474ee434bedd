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
    ///   - tolerance: stop when ‖A x − θ x‖ ≤ tolerance × max(1, |θ|).
    /// - Returns: the eigenvector with unit length and non-negative sum.
    static func dominantEigenvector(
        n: Int, basisSize: Int = 48, tolerance: Double = 1e-11, maxRestarts: Int = 500,
        multiply: (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void
    ) -> [Double] {
        guard n > 0 else { return [] }
        let m = min(basisSize, n)
        // The basis, one vector after another in one array.
        var basis = [Double](repeating: 0, count: m * n)
        var x = [Double](repeating: 1 / Double(n).squareRoot(), count: n)
        var w = [Double](repeating: 0, count: n)
        for _ in 0..<maxRestarts {
            var alpha: [Double] = [], beta: [Double] = []
            var size = 0
            var theta = 0.0
            var y: [Double] = []
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
                    if j == m - 1 || b <= 1e-13 * max(1, abs(alpha[j])) { break }
                    beta.append(b)
                    let next = (j + 1) * n
                    for i in 0..<n { basis[next + i] = w[i] / b }
                }
                (theta, y) = topEigenpair(alpha: alpha, beta: Array(beta.prefix(size - 1)))
                // The Ritz vector.
                for i in 0..<n { x[i] = 0 }
                for k in 0..<size where y[k] != 0 {
                    let offset = k * n, yk = y[k]
                    for i in 0..<n { x[i] += yk * basis[offset + i] }
                }
            }}
            let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 0 { for i in 0..<n { x[i] /= norm } }
            var residual = 0.0
            x.withUnsafeBufferPointer { xs in
                w.withUnsafeMutableBufferPointer { w in
                    multiply(xs, w)
                    for i in 0..<n { residual += (w[i] - theta * xs[i]) * (w[i] - theta * xs[i]) }
                }
            }
            if residual.squareRoot() <= tolerance * max(1, abs(theta)) || size < m { break }
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
    /// `beta`) and its unit eigenvector, by the cyclic Jacobi method on the dense matrix (the
    /// matrix has at most a few dozen rows).
    static func topEigenpair(alpha: [Double], beta: [Double]) -> (Double, [Double]) {
        let k = alpha.count
        var a = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for i in 0..<k { a[i][i] = alpha[i] }
        for i in 0..<beta.count { a[i][i + 1] = beta[i]; a[i + 1][i] = beta[i] }
        var v = (0..<k).map { i in (0..<k).map { $0 == i ? 1.0 : 0.0 } }
        for _ in 0..<100 {
            var off = 0.0
            for i in 0..<k { for j in (i + 1)..<max(i + 1, k) { off += a[i][j] * a[i][j] } }
            if off < 1e-30 { break }
            for p in 0..<k {
                for q in (p + 1)..<max(p + 1, k) where abs(a[p][q]) > 1e-300 {
                    let theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
                    let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for r in 0..<k {
                        let arp = a[r][p], arq = a[r][q]
                        a[r][p] = c * arp - s * arq
                        a[r][q] = s * arp + c * arq
                    }
                    for r in 0..<k {
                        let apr = a[p][r], aqr = a[q][r]
                        a[p][r] = c * apr - s * aqr
                        a[q][r] = s * apr + c * aqr
                    }
                    for r in 0..<k {
                        let vrp = v[r][p], vrq = v[r][q]
                        v[r][p] = c * vrp - s * vrq
                        v[r][q] = s * vrp + c * vrq
                    }
                }
            }
        }
        let top = (0..<k).max { a[$0][$0] < a[$1][$1] }!
        return (a[top][top], (0..<k).map { v[$0][top] })
    }
}
