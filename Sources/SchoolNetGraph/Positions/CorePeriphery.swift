/// A core–periphery partition and how well the network fits it.
public struct CorePeripheryPartition: Sendable, Equatable {
    /// Whether each node is in the core.
    public let isCore: [Bool]
    /// The Pearson correlation between the network's ties and the ideal pattern; NaN when either
    /// is constant.
    public let fit: Double
}

/// Continuous coreness and how well the network fits it.
public struct Coreness: Sendable, Equatable {
    /// Each node's coreness, scaled so that the squares sum to 1, and not negative.
    public let values: [Double]
    /// The Pearson correlation between the ties and `c_i c_j` over the pairs of nodes.
    public let fit: Double
}

extension CSRGraph {
    /// Borgatti and Everett's discrete core–periphery model (2000,
    /// doi:10.1016/S0378-8733(99)00019-2), in the form where a pair is ideally tied when either
    /// node is in the core: the partition that maximises the correlation between the ties and
    /// that pattern over all pairs of distinct nodes (unweighted, undirected), as `cpnet.BE`
    /// scores it.
    ///
    /// Search: Kernighan–Lin passes (each node moves once between core and periphery, the best
    /// move first even when it lowers the fit, and the best prefix of the moves is kept; passes
    /// repeat while one raises the fit), from the best split by descending degree (the top k in
    /// the core, each k tried) and from `starts` random partitions drawn from `seed`, as cpnet
    /// runs BE from random starts; the best is kept (the earliest on ties), so the same seed
    /// gives the same partition. The fit of a partition needs only the core size and the ties
    /// among the periphery, so each candidate move costs O(1) and each move made O(degree).
    ///
    /// - Complexity: O(n² + m) per pass, a few passes per start.
    public func discreteCorePeriphery(starts: Int = 10, seed: UInt64 = 1) -> CorePeripheryPartition {
        precondition(!isDirected, "discreteCorePeriphery(): undirected graphs only")
        let n = nodeCount
        guard n > 1 else { return CorePeripheryPartition(isCore: [Bool](repeating: false, count: n), fit: .nan) }
        var search = CorePeripherySearch(self)
        // The sweep by degree.
        let degrees = (0..<n).map { offsets[$0 + 1] - offsets[$0] }
        let order = (0..<n).sorted { degrees[$0] > degrees[$1] || (degrees[$0] == degrees[$1] && $0 < $1) }
        var sweep = (k: 0, fit: -Double.infinity)
        for (k, v) in order.enumerated() where k < n - 1 {
            search.move(v)
            if search.fit > sweep.fit + 1e-12 { sweep = (k + 1, search.fit) }
        }
        var firstStart = [Bool](repeating: false, count: n)
        for v in order.prefix(sweep.k) { firstStart[v] = true }
        var generator = SplitMix64(seed: seed)
        var best: CorePeripheryPartition? = nil
        for start in 0...max(0, starts) {
            let initial = start == 0 ? firstStart : (0..<n).map { _ in generator.next() & 1 == 1 }
            search.reset(to: initial)
            search.kernighanLin()
            let fit = search.fit
            if best == nil || (fit > best!.fit + 1e-12) || (best!.fit.isNaN && !fit.isNaN) {
                best = CorePeripheryPartition(isCore: search.isCore, fit: fit)
            }
        }
        return best!
    }

    /// Borgatti and Everett's continuous core–periphery model: the coreness vector c whose outer
    /// product `c_i c_j` best reproduces the ties, found by minimising the residual
    /// `Σ_{i≠j} (a_ij − c_i c_j)²` (MINRES: Boyd, Fitzgerald, Mahutga and Smith 2010,
    /// doi:10.1016/j.socnet.2009.09.003) with a_ij the tie weight (or 1) and 0 for no tie.
    ///
    /// Coordinate descent: each `c_i ← Σ_j a_ij c_j / Σ_{j≠i} c_j²` is the exact minimum in c_i with
    /// the others fixed, so the residual never rises; sweeps repeat until no value changes by more
    /// than 1e-13 (at most 100,000 sweeps), starting from the degrees.
    ///
    /// - Complexity: O(n + m) per sweep.
    public func continuousCoreness(weighted: Bool = false) -> Coreness {
        precondition(!isDirected, "continuousCoreness(): undirected graphs only")
        let n = nodeCount
        var c = (0..<n).map { Double(offsets[$0 + 1] - offsets[$0]) }
        var squares = c.reduce(0) { $0 + $1 * $1 }
        guard squares > 0 else { return Coreness(values: [Double](repeating: 0, count: n), fit: .nan) }
        let scale = squares.squareRoot()
        c = c.map { $0 / scale }
        squares = 1
        for _ in 0..<100_000 {
            var change = 0.0
            for i in 0..<n {
                var product = 0.0
                for slot in offsets[i]..<offsets[i + 1] where Int(targets[slot]) != i {
                    product += (weighted ? weights[slot] : 1) * c[Int(targets[slot])]
                }
                let others = squares - c[i] * c[i]
                let next = others > 0 ? product / others : 0
                change = Swift.max(change, abs(next - c[i]))
                squares += next * next - c[i] * c[i]
                c[i] = next
            }
            if change <= 1e-13 { break }
        }
        let length = c.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let values = c.map { length > 0 ? abs($0) / length : 0 }
        return Coreness(values: values, fit: outerProductFit(values, weighted: weighted))
    }

    /// The fit of a given discrete partition: the correlation between the ties (0/1) and the
    /// pattern "either node in the core" over the pairs of distinct nodes, computed directly.
    /// O(n + m).
    func corePeripheryFit(_ isCore: [Bool]) -> Double {
        let n = Double(nodeCount)
        let pairs = n * (n - 1) / 2
        let periphery = Double(isCore.filter { !$0 }.count)
        let pattern = pairs - periphery * (periphery - 1) / 2
        var tiedToCore = 0.0
        for v in 0..<nodeCount {
            for slot in offsets[v]..<offsets[v + 1] where Int(targets[slot]) > v {
                if isCore[v] || isCore[Int(targets[slot])] { tiedToCore += 1 }
            }
        }
        let ties = Double(edgeCount)
        let denominator = (ties * (pairs - ties) * pattern * (pairs - pattern)).squareRoot()
        return denominator > 0 ? (pairs * tiedToCore - ties * pattern) / denominator : .nan
    }

    /// The Pearson correlation between the ties (weights or 1, 0 for none) and `c_i c_j` over
    /// the pairs of distinct nodes. O(n + m).
    func outerProductFit(_ c: [Double], weighted: Bool) -> Double {
        let n = Double(nodeCount)
        let pairs = n * (n - 1) / 2
        var sumA = 0.0
        var squaresA = 0.0
        var cross = 0.0
        for v in 0..<nodeCount {
            for slot in offsets[v]..<offsets[v + 1] where Int(targets[slot]) > v {
                let a = weighted ? weights[slot] : 1
                sumA += a
                squaresA += a * a
                cross += a * c[v] * c[Int(targets[slot])]
            }
        }
        // Σ_{i<j} c_i c_j and Σ_{i<j} (c_i c_j)² from the sums of c, c² and c⁴.
        let s1 = c.reduce(0, +)
        let s2 = c.reduce(0) { $0 + $1 * $1 }
        let s4 = c.reduce(0) { $0 + $1 * $1 * $1 * $1 }
        let sumB = (s1 * s1 - s2) / 2
        let squaresB = (s2 * s2 - s4) / 2
        let covariance = pairs * cross - sumA * sumB
        let varianceA = pairs * squaresA - sumA * sumA
        let varianceB = pairs * squaresB - sumB * sumB
        guard varianceA > 0, varianceB > 0 else { return .nan }
        return covariance / (varianceA.squareRoot() * varianceB.squareRoot())
    }
}

/// The state of the discrete core–periphery search: who is in the core, each node's neighbours
/// in the periphery, and the ties among the periphery, from which the fit follows in O(1).
struct CorePeripherySearch {
    let graph: CSRGraph
    let pairs: Double
    let ties: Double
    var isCore: [Bool]
    var peripheryNeighbours: [Int]
    var peripheryTies: Double
    var core = 0

    init(_ graph: CSRGraph) {
        self.graph = graph
        let n = graph.nodeCount
        pairs = Double(n) * Double(n - 1) / 2
        ties = Double(graph.edgeCount)
        isCore = [Bool](repeating: false, count: n)
        peripheryNeighbours = (0..<n).map { graph.offsets[$0 + 1] - graph.offsets[$0] }
        peripheryTies = ties
    }

    /// The correlation for a core of `core` nodes with `peripheryTies` ties among the rest; NaN
    /// when the pattern or the ties are constant.
    func fit(core: Int, peripheryTies: Double) -> Double {
        let periphery = Double(graph.nodeCount - core)
        let pattern = pairs - periphery * (periphery - 1) / 2
        let denominator = (ties * (pairs - ties) * pattern * (pairs - pattern)).squareRoot()
        return denominator > 0 ? (pairs * (ties - peripheryTies) - ties * pattern) / denominator : .nan
    }

    var fit: Double { fit(core: core, peripheryTies: peripheryTies) }

    /// The fit after moving v to the other side, without moving it.
    func fitAfterMoving(_ v: Int) -> Double {
        let delta = isCore[v] ? 1 : -1
        return fit(core: core - delta, peripheryTies: peripheryTies + Double(delta * peripheryNeighbours[v]))
    }

    mutating func move(_ v: Int) {
        let delta = isCore[v] ? 1 : -1
        peripheryTies += Double(delta * peripheryNeighbours[v])
        core -= delta
        isCore[v].toggle()
        for slot in graph.offsets[v]..<graph.offsets[v + 1] { peripheryNeighbours[Int(graph.targets[slot])] += delta }
    }

    mutating func reset(to target: [Bool]) {
        for v in target.indices where isCore[v] != target[v] { move(v) }
    }

    /// Passes until one does not raise the fit (at most n passes).
    mutating func kernighanLin() {
        let n = graph.nodeCount
        for _ in 0..<n {
            let before = fit.isNaN ? -Double.infinity : fit
            var moved = [Bool](repeating: false, count: n)
            var sequence: [Int] = []
            var bestPrefix = (length: 0, fit: before)
            for _ in 0..<n {
                var choice: (node: Int, fit: Double)? = nil
                for v in 0..<n where !moved[v] {
                    let value = fitAfterMoving(v)
                    let comparable = value.isNaN ? -Double.infinity : value
                    if choice == nil || comparable > choice!.fit { choice = (v, comparable) }
                }
                guard let choice else { break }
                move(choice.node)
                moved[choice.node] = true
                sequence.append(choice.node)
                if choice.fit > bestPrefix.fit + 1e-12 { bestPrefix = (sequence.count, choice.fit) }
            }
            for v in sequence[bestPrefix.length...].reversed() { move(v) }
            guard bestPrefix.length > 0 else { break }
        }
    }
}
