/// A dense node identifier: nodes of a graph with `n` nodes are numbered `0 ..< n`.
///
/// A wrapper over `Int32` for type safety (as petgraph's `NodeIndex`) and compactness
/// (as igraph's integer vertex ids).
public struct NodeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: Int32

    public init(_ index: Int) {
        precondition(index >= 0 && index <= Int(Int32.max), "node index out of range")
        rawValue = Int32(index)
    }

    /// The position of the node in `0 ..< nodeCount`.
    public var index: Int { Int(rawValue) }

    public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { "\(rawValue)" }
}
