/// One score per node, as a value: `values[i]` is the score of node `i`. NaN marks a score that
/// is undefined for that node (the constraint of an isolated node, say), as NetworkX does.
public struct NodeScores: Equatable, Sendable {
    public var values: [Double]

    public init(_ values: [Double]) { self.values = values }

    public func score(of node: NodeID) -> Double { values[node.index] }

    /// The largest defined score, or nil when there is none.
    public var maximum: Double? { values.filter { !$0.isNaN }.max() }

    /// Nodes by descending score, ties by ascending node id; undefined scores last.
    public func ranking() -> [NodeID] {
        values.indices.sorted { a, b in
            let x = values[a]
            let y = values[b]
            if x.isNaN != y.isNaN { return y.isNaN }
            if x != y && !x.isNaN { return x > y }
            return a < b
        }.map(NodeID.init)
    }
}
