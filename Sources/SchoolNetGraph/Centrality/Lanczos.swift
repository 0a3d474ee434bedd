/// The largest eigenvalue of a symmetric non-negative matrix and its eigenvector, by thick-restart Lanczos with
/// full reorthogonalisation (Wu and Simon 2000, doi:10.1137/S0895479898334605; Golub and Van
/// Loan, *Matrix Computations*, §10.1): build an orthonormal basis of the Krylov space of the
/// start vector and project the matrix onto it; when the basis is full, keep the best few Ritz
/// vectors and the residual direction and go on from there, until the top Ritz pair's residual
/// is tiny. Keeping several Ritz vectors, not one, keeps most of what the basis had learnt about
/// the eigenvalues next to the top one, which is what slows convergence when the gap is small.
///
/// Every vector of the basis stays in the Krylov space of the start vector. From the all-ones
/// start vector that space holds only that vector's components along each eigenspace, so the
/// result is the eigenvector that power iteration from all ones converges to (NetworkX's),
/// reached in far fewer products when the spectral gap is small.
enum Lanczos {
    /// - Parameters:
    ///   - n: the matrix order.
    ///   - basisSize: the most basis vectors held at once.
    ///   - keep: how many Ritz vectors a restart keeps.
    ///   - checkEvery: how many basis vectors to add between estimates of the residual.
    ///   - tolerance: stop when ‖A x − θ x‖ ≤ tolerance × max(1, |θ|).
    ///   - multiply: writes `A x` into its second argument.
    /// - Returns: the eigenvector with unit length and no entry below zero.
    /// - Complexity: per basis vector, one product and O(basisSize · n) for reorthogonalisation;
    ///   per restart, O(keep · basisSize · n) for the kept Ritz vectors.
    static func dominantEigenvector(
        n: Int, basisSize: Int = 24, keep: Int = 8, checkEvery: Int = 8, tolerance: Double = 1e-11,
        maxRestarts: Int = 2_000,
        multiply: (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void
    ) -> [Double] {
        guard n > 0 else { return [] }
        let m = min(basisSize, n)
        let kept = max(1, min(keep, m - 2))
        var basis = [Double](repeating: 0, count: m * n)  // one vector after another
        var ritz = [Double](repeating: 0, count: kept * n)
        var projected = [Double](repeating: 0, count: m * m)  // Vᵀ A V, row-major
        var w = [Double](repeating: 0, count: n)
        var x = [Double](repeating: 0, count: n)
        var check = [Double](repeating: 0, count: n)
        for i in 0..<n { basis[i] = 1 / Double(n).squareRoot() }
        var start = 0  // vectors before `start` are kept Ritz vectors; `start` is the residual direction
        for _ in 0..<maxRestarts {
            var size = start + 1
            var b = 0.0
            var invariant = false
            basis.withUnsafeMutableBufferPointer { basis in
                w.withUnsafeMutableBufferPointer { w in
                    for j in start..<m {
                        let vj = UnsafeBufferPointer(rebasing: basis[(j * n)..<((j + 1) * n)])
                        multiply(vj, w)
                        // Full reorthogonalisation against every basis vector so far; the
                        // coefficients are column j of the projected matrix.
                        for k in 0...j {
                            let vk = UnsafeBufferPointer(rebasing: basis[(k * n)..<((k + 1) * n)])
                            let c = dot(w, vk)
                            for i in 0..<n { w[i] -= c * vk[i] }
                            projected[k * m + j] = c
                            projected[j * m + k] = c
                        }
                        size = j + 1
                        b = dot(w, UnsafeBufferPointer(w)).squareRoot()
                        if j == m - 1 { break }
                        if b <= 1e-13 * max(1, abs(projected[j * m + j])) {
                            invariant = true  // the Krylov space is invariant: the Ritz pair is exact
                            break
                        }
                        // Every few steps, stop once the top Ritz pair's residual, b·|y_last|, is
                        // small enough: the rest of the basis would not change the answer.
                        if (j + 1 - start) % checkEvery == 0 {
                            let (values, vectors) = symmetricEigen(projected, stride: m, size: size)
                            let top = values.indices.max { values[$0] < values[$1] }!
                            let last = vectors[top * size + size - 1]
                            if b * abs(last) <= tolerance / 2 * max(1, abs(values[top])) { break }
                        }
                        let next = (j + 1) * n
                        for i in 0..<n { basis[next + i] = w[i] / b }
                    }
                }
            }
            let (values, vectors) = symmetricEigen(projected, stride: m, size: size)
            let order = values.indices.sorted { values[$0] > values[$1] || (values[$0] == values[$1] && $0 < $1) }
            // The top Ritz vector and its residual.
            combine(basis: basis, n: n, size: size, coefficients: vectors, columns: [order[0]], into: &x)
            let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 0 { for i in 0..<n { x[i] /= norm } }
            let theta = values[order[0]]
            var residual = 0.0
            x.withUnsafeBufferPointer { xs in
                check.withUnsafeMutableBufferPointer { out in
                    multiply(xs, out)
                    for i in 0..<n { residual += (out[i] - theta * xs[i]) * (out[i] - theta * xs[i]) }
                }
            }
            if residual.squareRoot() <= tolerance * max(1, abs(theta)) || invariant || b == 0 { break }
            // Thick restart: the top Ritz vectors, then the residual direction. The projected
            // matrix becomes their Ritz values on the diagonal and, in the residual's row and
            // column, each Ritz vector's coupling b·y_last to it.
            let p = min(kept, size - 1)
            combine(basis: basis, n: n, size: size, coefficients: vectors, columns: Array(order.prefix(p)), into: &ritz)
            for i in 0..<(p * n) { basis[i] = ritz[i] }
            for i in 0..<n { basis[p * n + i] = w[i] / b }
            for i in 0..<(m * m) { projected[i] = 0 }
            for (i, column) in order.prefix(p).enumerated() {
                projected[i * m + i] = values[column]
                let coupling = b * vectors[column * size + size - 1]
                projected[i * m + p] = coupling
                projected[p * m + i] = coupling
            }
            start = p
        }
        if x.reduce(0, +) < 0 { x = x.map { -$0 } }
        // A non-negative matrix's dominant eigenvector is non-negative (Perron–Frobenius); an
        // entry below zero is rounding where the true value is 0, as on an isolated node.
        return x.map { max($0, 0) }
    }

    /// The dot product, summed in eight interleaved partial sums so that the additions do not
    /// wait on each other (a single running sum is bound by the latency of one add per entry).
    static func dot(_ a: UnsafeMutableBufferPointer<Double>, _ b: UnsafeBufferPointer<Double>) -> Double {
        var s = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
        let count = a.count
        var i = 0
        while i + 8 <= count {
            s.0 += a[i] * b[i]
            s.1 += a[i + 1] * b[i + 1]
            s.2 += a[i + 2] * b[i + 2]
            s.3 += a[i + 3] * b[i + 3]
            s.4 += a[i + 4] * b[i + 4]
            s.5 += a[i + 5] * b[i + 5]
            s.6 += a[i + 6] * b[i + 6]
            s.7 += a[i + 7] * b[i + 7]
            i += 8
        }
        while i < count {
            s.0 += a[i] * b[i]
            i += 1
        }
        return ((s.0 + s.1) + (s.2 + s.3)) + ((s.4 + s.5) + (s.6 + s.7))
    }

    /// Writes `V y` for each chosen column y of `coefficients` (eigenvector c at offset c·size)
    /// one after another into `output`, where V is the first `size` vectors of `basis`. Rows go
    /// in blocks so each block of the basis is read from cache for every output vector.
    static func combine(
        basis: [Double], n: Int, size: Int, coefficients: [Double], columns: [Int], into output: inout [Double]
    ) {
        let block = 512
        basis.withUnsafeBufferPointer { basis in
            output.withUnsafeMutableBufferPointer { output in
                for low in stride(from: 0, to: n, by: block) {
                    let high = min(n, low + block)
                    for (o, column) in columns.enumerated() {
                        let target = o * n
                        for i in low..<high { output[target + i] = 0 }
                        for k in 0..<size {
                            let y = coefficients[column * size + k]
                            if y == 0 { continue }
                            let source = k * n
                            for i in low..<high { output[target + i] += y * basis[source + i] }
                        }
                    }
                }
            }
        }
    }

    /// All eigenvalues and unit eigenvectors of the leading `size` × `size` block of a symmetric
    /// matrix (row-major, `stride` entries per row), by the cyclic Jacobi method (Golub and Van
    /// Loan, §8.5): rotate away each off-diagonal entry in turn until all are negligible.
    /// Eigenvector c is at offset c·size of the second result. O(size³) per sweep; a handful of
    /// sweeps suffice, since convergence is quadratic.
    static func symmetricEigen(_ matrix: [Double], stride: Int, size k: Int) -> ([Double], [Double]) {
        var a = [Double](repeating: 0, count: k * k)
        for r in 0..<k {
            for c in 0..<k { a[r * k + c] = (matrix[r * stride + c] + matrix[c * stride + r]) / 2 }
        }
        var v = [Double](repeating: 0, count: k * k)  // column c of V is eigenvector c, stored as row c
        for i in 0..<k { v[i * k + i] = 1 }
        a.withUnsafeMutableBufferPointer { a in
            v.withUnsafeMutableBufferPointer { v in
                var scale = 0.0
                for i in 0..<(k * k) { scale += a[i] * a[i] }
                for _ in 0..<60 {
                    var off = 0.0
                    for r in 0..<k { for c in 0..<k where c != r { off += a[r * k + c] * a[r * k + c] } }
                    if off <= Double.ulpOfOne * Double.ulpOfOne * scale { break }
                    for p in 0..<(k - 1) {
                        for q in (p + 1)..<k {
                            let apq = a[p * k + q]
                            if apq == 0 { continue }
                            // The rotation by angle φ with cot 2φ = (a_qq − a_pp) / 2a_pq zeroes
                            // a_pq; t = tan φ is the smaller root, for stability.
                            let theta = (a[q * k + q] - a[p * k + p]) / (2 * apq)
                            let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                            let c = 1 / (t * t + 1).squareRoot()
                            let s = t * c
                            for r in 0..<k {
                                let (arp, arq) = (a[r * k + p], a[r * k + q])
                                a[r * k + p] = c * arp - s * arq
                                a[r * k + q] = s * arp + c * arq
                            }
                            for r in 0..<k {
                                let (apr, aqr) = (a[p * k + r], a[q * k + r])
                                a[p * k + r] = c * apr - s * aqr
                                a[q * k + r] = s * apr + c * aqr
                            }
                            for r in 0..<k {
                                let (vp, vq) = (v[p * k + r], v[q * k + r])
                                v[p * k + r] = c * vp - s * vq
                                v[q * k + r] = s * vp + c * vq
                            }
                        }
                    }
                }
            }
        }
        return ((0..<k).map { a[$0 * k + $0] }, v)
    }
}
