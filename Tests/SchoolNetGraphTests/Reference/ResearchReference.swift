import Foundation

@testable import SchoolNetGraph

/// One file written by `generate_research_reference.py`: a graph and what igraph, leidenalg or
/// NetworkX made of it.
struct ResearchReference {
    let graph: CSRGraph
    let json: [String: Any]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Research")

    init(_ name: String) {
        let data = try! Data(contentsOf: Self.folder.appendingPathComponent(name + ".json"))
        json = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
        let graph = json["graph"] as! [String: Any]
        var builder = GraphBuilder(nodeCount: graph["nodes"] as! Int)
        for edge in graph["edges"] as! [[Any]] {
            let values = edge.map(jsonNumber)
            builder.addEdge(NodeID(Int(values[0])), NodeID(Int(values[1])), weight: values[2])
        }
        self.graph = builder.build()
    }

    /// A number at a path of keys.
    func number(_ keys: String...) -> Double {
        var value: Any = json
        for key in keys { value = (value as! [String: Any])[key]! }
        return jsonNumber(value)
    }

    func vector(_ key: String) -> [Double] { (json[key] as! [Any]).map(jsonNumber) }

    func integers(_ keys: String...) -> [Int] {
        var value: Any = json
        for key in keys { value = (value as! [String: Any])[key]! }
        return (value as! [Any]).map { Int(jsonNumber($0)) }
    }
}
