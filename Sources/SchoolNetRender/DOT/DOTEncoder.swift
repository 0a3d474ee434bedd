/// Writes a ``DOTGraph`` as DOT text: one statement per line, every id and value quoted and
/// escaped, attributes in the order they were set. Same graph, same bytes.
public enum DOTEncoder {
    public static func encode(_ graph: DOTGraph) -> String {
        var out = "digraph \(DOTEscaping.quoted(graph.name)) {\n"
        func statement(_ head: String, _ attributes: DOTAttributes) {
            out += "  \(head)"
            if !attributes.isEmpty { out += " [\(list(attributes))]" }
            out += ";\n"
        }
        if !graph.graphAttributes.isEmpty { statement("graph", graph.graphAttributes) }
        if !graph.nodeDefaults.isEmpty { statement("node", graph.nodeDefaults) }
        if !graph.edgeDefaults.isEmpty { statement("edge", graph.edgeDefaults) }
        for node in graph.nodes { statement(DOTEscaping.quoted(node.id), node.attributes) }
        for edge in graph.edges {
            statement("\(DOTEscaping.quoted(edge.from)) -> \(DOTEscaping.quoted(edge.to))", edge.attributes)
        }
        return out + "}\n"
    }

    static func list(_ attributes: DOTAttributes) -> String {
        attributes.entries.map { "\($0.name)=\(value($0.value))" }.joined(separator: ", ")
    }

    static func value(_ value: DOTValue) -> String {
        switch value {
        case .text(let text): return DOTEscaping.quoted(DOTEscaping.label(text))
        case .tooltip(let text): return DOTEscaping.quoted(DOTEscaping.tooltip(text))
        case .literal(let text):
            precondition(!text.contains("\"") && !text.contains("\\"), "literal DOT values hold no quote or backslash")
            return DOTEscaping.quoted(text)
        case .html(let markup): return "<\(markup)>"
        }
    }
}
