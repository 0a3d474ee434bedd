/// A network as plain CSV tables, for spreadsheets, R and pandas: the edge list (`source`,
/// `target`, then every edge attribute), the node table (`id`, `label`, then every node
/// attribute: the school's columns and any metrics or communities added), and the adjacency
/// matrix (a header of node ids, then one row per node: its id and the weight of its tie to each
/// node, 0 for none) — for a two-mode network the incidence matrix instead, a row per school and a
/// column per structure, 1 for a membership. Unknown values are empty, never 0.
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

    /// The most nodes (or rows times columns) a matrix is written for: beyond, the edge list says
    /// the same in far less space.
    public static let matrixCellLimit = 25_000_000

    /// The adjacency matrix (an undirected tie in both of its rows), or the incidence matrix of a
    /// two-mode network; nil when it would pass ``matrixCellLimit`` cells. O(n²).
    public static func matrix(_ graph: ExportGraph) -> String? {
        if let split = graph.firstModeCount { return incidence(graph, split: split) }
        guard graph.nodes.count * graph.nodes.count <= matrixCellLimit else { return nil }
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

    /// Rows: the first `split` nodes (schools); columns: the rest (structures); 1 for a tie.
    static func incidence(_ graph: ExportGraph, split: Int) -> String? {
        let rows = Array(graph.nodes.prefix(split))
        let columns = Array(graph.nodes.dropFirst(split))
        guard rows.count * columns.count <= matrixCellLimit else { return nil }
        var row: [String: Int] = [:]
        var column: [String: Int] = [:]
        for (i, node) in rows.enumerated() { row[node.id] = i }
        for (j, node) in columns.enumerated() { column[node.id] = j }
        var cells = [[Int]](repeating: [Int](repeating: 0, count: columns.count), count: rows.count)
        for edge in graph.edges {
            if let i = row[edge.source], let j = column[edge.target] { cells[i][j] = 1 }
            if let i = row[edge.target], let j = column[edge.source] { cells[i][j] = 1 }
        }
        var out = CSVWriter.line(["id"] + columns.map(\.id))
        for (i, node) in rows.enumerated() { out += CSVWriter.line([node.id] + cells[i].map(String.init)) }
        return out
    }
}
