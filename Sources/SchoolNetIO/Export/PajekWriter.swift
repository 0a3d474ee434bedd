/// Pajek `.net`: `*Vertices n` with each node's number and quoted label, then `*Edges` (or
/// `*Arcs` when directed) as `from to weight`. The label is the node's id (the school's URN,
/// `school:URN` or `structure:ID` in the two-mode view), never its name: readers such as
/// NetworkX key nodes by label, and two schools of the same name would become one. Pajek has no
/// attributes beyond the label and weight, and no escape for a double quote inside a label:
/// one is written as `''`, and a line break as a space. Use GraphML or GEXF to keep names and
/// everything else.
public enum PajekWriter {
    public static func write(_ graph: ExportGraph) -> String {
        var number: [String: Int] = [:]
        var out = "*Vertices \(graph.nodes.count)\n"
        for (i, node) in graph.nodes.enumerated() {
            number[node.id] = i + 1
            // By scalar: a quote followed by a combining mark would escape a Character search.
            let label = String(
                String.UnicodeScalarView(node.id.unicodeScalars.flatMap { $0 == "\"" ? ["'", "'"] : [$0] })
            )
            .replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\r", with: " ")
            out += "\(i + 1) \"\(label)\"\n"
        }
        out += graph.directed ? "*Arcs\n" : "*Edges\n"
        for edge in graph.edges {
            guard let a = number[edge.source], let b = number[edge.target] else { continue }
            out += "\(a) \(b) \(edge.values["weight"]?.text ?? "1")\n"
        }
        return out
    }
}
