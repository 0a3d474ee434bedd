/// Each node's contacts (the nodes tied to it in either direction) with the mutual tie
/// `m_ij = a_ij + a_ji` (a the adjacency: weights when weighted, else 1), as Burt's measures
/// read them: rows in CSR form, ascending, plus each row's total `Σ_j m_ij` and largest
/// `max_j m_ij`.
///
/// - Complexity: O(n + m) time and memory (a merge of the out- and in-rows when directed).
struct MutualTies {
    var offsets: [Int]
    var contacts: [Int32]
    var mutual: [Double]
    var total: [Double]
    var largest: [Double]

    init(_ graph: CSRGraph, weighted: Bool) {
        let n = graph.nodeCount
        offsets = [0]
        offsets.reserveCapacity(n + 1)
        contacts = []
        mutual = []
        contacts.reserveCapacity(graph.targets.count)
        mutual.reserveCapacity(graph.targets.count)
        total = [Double](repeating: 0, count: n)
        largest = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var out = graph.offsets[i]
            var into = graph.inOffsets[i]
            let outEnd = graph.offsets[i + 1]
            let inEnd = graph.isDirected ? graph.inOffsets[i + 1] : into
            while out < outEnd || into < inEnd {
                let a = out < outEnd ? graph.targets[out] : Int32.max
                let b = into < inEnd ? graph.inSources[into] : Int32.max
                var m = 0.0
                if a <= b {
                    m += weighted ? graph.weights[out] : 1
                    out += 1
                }
                if b <= a {
                    m += weighted ? graph.inWeights[into] : 1
                    into += 1
                }
                // Undirected rows hold each edge once per end: a_ij and a_ji are the same edge.
                if !graph.isDirected { m *= 2 }
                contacts.append(min(a, b))
                mutual.append(m)
                total[i] += m
                largest[i] = max(largest[i], m)
            }
            offsets.append(contacts.count)
        }
    }

    /// The positions of row `i`.
    func row(_ i: Int) -> Range<Int> { offsets[i]..<offsets[i + 1] }
}
