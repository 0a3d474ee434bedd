import Foundation
import SchoolNetGraph

/// The plain edge list the peers read: first line the node count, then `u v` per edge (0-based,
/// each undirected edge once).
enum EdgeList {
    static func write(_ graph: CSRGraph, to path: String) throws {
        var text = "\(graph.nodeCount)\n"
        for v in graph.nodes {
            for u in graph.neighbors(of: v) where u.index > v.index { text += "\(v.index) \(u.index)\n" }
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func read(_ path: String) throws -> CSRGraph {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var lines = text.split(separator: "\n")
        let n = Int(lines.removeFirst())!
        var builder = GraphBuilder(nodeCount: n)
        builder.reserveCapacity(lines.count)
        for line in lines {
            let parts = line.split(separator: " ")
            builder.addEdge(NodeID(Int(parts[0])!), NodeID(Int(parts[1])!))
        }
        return builder.build()
    }
}
