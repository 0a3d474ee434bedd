import Foundation
import SchoolNetGraph

/// The plain edge list the peers read: first line the node count, then `u v` per edge (0-based,
/// each undirected edge once). Read and written as bytes, so that a 5-million-edge file costs
/// its own size in memory and no more.
enum EdgeList {
    static func write(_ graph: CSRGraph, to path: String) throws {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(graph.edgeCount * 16)
        func append(_ value: Int, then separator: UInt8) {
            let start = bytes.count
            var rest = value
            repeat {
                bytes.append(UInt8(48 + rest % 10))
                rest /= 10
            } while rest > 0
            bytes[start...].reverse()
            bytes.append(separator)
        }
        append(graph.nodeCount, then: 10)
        for v in graph.nodes {
            for u in graph.neighbors(of: v) where u.index > v.index {
                append(v.index, then: 32)
                append(u.index, then: 10)
            }
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    static func read(_ path: String) throws -> CSRGraph {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var position = 0
            func number() -> Int? {
                while position < bytes.count, bytes[position] < 48 || bytes[position] > 57 { position += 1 }
                guard position < bytes.count else { return nil }
                var value = 0
                while position < bytes.count, bytes[position] >= 48, bytes[position] <= 57 {
                    value = value * 10 + Int(bytes[position] - 48)
                    position += 1
                }
                return value
            }
            let n = number() ?? 0
            var builder = GraphBuilder(nodeCount: n)
            builder.reserveCapacity(bytes.count / 12)
            while let a = number(), let b = number() { builder.addEdge(NodeID(a), NodeID(b)) }
            return builder.build()
        }
    }
}
