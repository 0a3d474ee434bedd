import Foundation

@testable import SchoolNetGraph

/// One reference file written by `generate_reference.py`: a graph and the values NetworkX and
/// igraph computed for it.
struct ReferenceData {
    let name: String
    let graph: CSRGraph
    let measures: [String: Any]
    let raw: [String: Any]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Data")

    static func all() -> [ReferenceData] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.sorted().map { load(String($0.dropLast(5))) }
    }

    static func load(_ name: String) -> ReferenceData {
        let data = try! Data(contentsOf: folder.appendingPathComponent(name + ".json"))
        let json = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
        let graph = json["graph"] as! [String: Any]
        var builder = GraphBuilder(nodeCount: graph["nodes"] as! Int, isDirected: graph["directed"] as! Bool)
        for edge in graph["edges"] as! [[Any]] {
            let values = edge.map(jsonNumber)
            builder.addEdge(NodeID(Int(values[0])), NodeID(Int(values[1])), weight: values[2])
        }
        return ReferenceData(
            name: name, graph: builder.build(), measures: json["measures"] as! [String: Any], raw: json)
    }

    /// A per-node measure, with null read as NaN.
    func vector(_ key: String) -> [Double]? {
        (measures[key] as? [Any])?.map(jsonNumber)
    }

    func number(_ key: String) -> Double? {
        measures[key].map(jsonNumber)
    }
}

/// A JSON number as a Double (JSONSerialization gives Int for whole numbers on Linux); null
/// as NaN.
func jsonNumber(_ value: Any) -> Double {
    if let d = value as? Double { return d }
    if let i = value as? Int { return Double(i) }
    if let n = value as? NSNumber { return n.doubleValue }
    return .nan
}

/// Whether two values agree within a relative tolerance (absolute near zero); NaN equals NaN.
func agrees(_ a: Double, _ b: Double, tolerance: Double) -> Bool {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
    return abs(a - b) <= tolerance * max(1, abs(b))
}

/// The first position where two vectors disagree, described for a test message.
func disagreement(_ ours: [Double], _ theirs: [Double], tolerance: Double) -> String? {
    guard ours.count == theirs.count else { return "lengths \(ours.count) and \(theirs.count)" }
    for i in ours.indices where !agrees(ours[i], theirs[i], tolerance: tolerance) {
        return "node \(i): ours \(ours[i]), reference \(theirs[i])"
    }
    return nil
}
