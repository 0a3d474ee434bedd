@testable import SchoolNetGraph

/// Small graphs built by hand for the tests.
enum SmallGraphs {
    /// Two cliques of `size` nodes each (0 ..< size and size ..< 2 size), joined by one bridge
    /// between the last node of the first and the first of the second: a barbell.
    static func barbell(size: Int) -> CSRGraph {
        var builder = GraphBuilder(nodeCount: 2 * size)
        for group in [0..<size, size..<(2 * size)] {
            for a in group { for b in group where a < b { builder.addEdge(NodeID(a), NodeID(b)) } }
        }
        builder.addEdge(NodeID(size - 1), NodeID(size))
        return builder.build()
    }
}
