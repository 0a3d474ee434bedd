extension CSRGraph {
    /// Assortativity by a categorical attribute: do nodes tie to nodes of their own kind?
    /// `r = (Σ_i e_ii − Σ_i a_i b_i) / (1 − Σ_i a_i b_i)` over the mixing matrix e of edge ends
    /// (each undirected edge counted both ways). Newman 2003, doi:10.1103/PhysRevE.67.026126.
    /// NaN without edges or when every node is in one category.
    ///
    /// - Parameter categories: the category of each node; nodes with nil are left out with
    ///   their edges.
    /// - Complexity: O(n + m + k²) for k categories.
    /// - Matches: NetworkX `attribute_assortativity_coefficient`; igraph
    ///   `Graph.assortativity_nominal(types, directed=…)`.
    public func assortativity<Category: Hashable>(categories: [Category?]) -> Double {
        var code: [Category: Int] = [:]
        let codes: [Int?] = categories.map { category in
            guard let category else { return nil }
            if let c = code[category] { return c }
            code[category] = code.count
            return code.count - 1
        }
        let k = code.count
        var mixing = [Double](repeating: 0, count: k * k)
        var total = 0.0
        for v in 0..<nodeCount {
            guard let a = codes[v] else { continue }
            for slot in offsets[v]..<offsets[v + 1] {
                guard let b = codes[Int(targets[slot])] else { continue }
                mixing[a * k + b] += 1
                total += 1
            }
        }
        guard total > 0 else { return .nan }
        var trace = 0.0
        var expected = 0.0
        for i in 0..<k {
            trace += mixing[i * k + i] / total
            let a = (0..<k).reduce(0.0) { $0 + mixing[i * k + $1] } / total
            let b = (0..<k).reduce(0.0) { $0 + mixing[$1 * k + i] } / total
            expected += a * b
        }
        return expected == 1 ? .nan : (trace - expected) / (1 - expected)
    }

    /// Assortativity by a numeric attribute: the Pearson correlation of the values at the two
    /// ends of every edge (source and target for directed edges; both ways for undirected ones).
    /// NaN when undefined. Newman 2003.
    ///
    /// - Matches: NetworkX `numeric_assortativity_coefficient`; igraph
    ///   `Graph.assortativity(values, directed=…)`. With degrees as values, NetworkX
    ///   `degree_assortativity_coefficient` and igraph `assortativity_degree` (undirected).
    public func assortativity(values: [Double?]) -> Double {
        var xs: [Double] = []
        var ys: [Double] = []
        for v in 0..<nodeCount {
            guard let x = values[v] else { continue }
            for slot in offsets[v]..<offsets[v + 1] {
                guard let y = values[Int(targets[slot])] else { continue }
                xs.append(x)
                ys.append(y)
            }
        }
        guard xs.count > 1 else { return .nan }
        let n = Double(xs.count)
        let mx = xs.reduce(0, +) / n
        let my = ys.reduce(0, +) / n
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        for i in xs.indices {
            sxy += (xs[i] - mx) * (ys[i] - my)
            sxx += (xs[i] - mx) * (xs[i] - mx)
            syy += (ys[i] - my) * (ys[i] - my)
        }
        let denominator = (sxx * syy).squareRoot()
        return denominator == 0 ? .nan : sxy / denominator
    }

    /// Degree assortativity of an undirected graph.
    public func degreeAssortativity() -> Double {
        assortativity(values: degrees().values.map { Optional($0) })
    }
}
