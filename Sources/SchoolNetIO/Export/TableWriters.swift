/// A network as plain CSV tables, for spreadsheets, R and pandas: the edge list (`source`,
/// `target`, then every edge attribute), the node table (`id`, `label`, then every node
/// attribute: the school's columns and any metrics or communities added), and the adjacency
/// matrix (a header of node ids, then one row per node: its id and the weight of its tie to each
/// node, 0 for none). Unknown values are empty, never 0.
public enum TableWriters {
    public static func edgeList(_ graph: ExportGraph) -> String {
        var out = CSVWriter.line(["source", "target"] + graph.edgeAttributes.map(\.name))
        for edge in graph.edges {
            out += CSVWriter.line(
                [edge.source, edge.target] + graph.edgeAttributes.map { edge.values[$0.name]?.text ?? "" })
        }
        return out
    }

    public static func nodeTable(_ graph: ExportGraph) -> String {
        let attributes = graph.nodeAttributes.filter { $0.name != "id" && $0.name != "label" }
        var out = CSVWriter.line(["id", "label"] + attributes.map(\.name))
        for node in graph.nodes {
            out += CSVWriter.line([node.id, node.label] + attributes.map { node.values[$0.name]?.text ?? "" })
        }
        return out
    }

    /// The adjacency matrix; an undirected tie appears in both of its rows. O(n²).
    public static func matrix(_ graph: ExportGraph) -> String {
        var position: [String: Int] = [:]
        for (i, node) in graph.nodes.enumerated() { position[node.id] = i }
        var weights = [[Double]](
            repeating: [Double](repeating: 0, count: graph.nodes.count), count: graph.nodes.count)
        for edge in graph.edges {
            guard let a = position[edge.source], let b = position[edge.target] else { continue }
            let weight = edge.values["weight"].flatMap { if case .number(let w) = $0 { w } else { nil } } ?? 1
            weights[a][b] = weight
            if !graph.directed { weights[b][a] = weight }
        }
        var out = CSVWriter.line(["id"] + graph.nodes.map(\.id))
        for (i, node) in graph.nodes.enumerated() {
            out += CSVWriter.line([node.id] + weights[i].map(NumberFormat.exact))
        }
        return out
    }
}
