/// GEXF 1.2 (gexf.net), Gephi's own format: node and edge attributes declared with their types
/// (string, double, integer), the school's name as the node label, the tie weight as the edge
/// weight.
public enum GEXFWriter {
    public static func write(_ graph: ExportGraph) -> String {
        func type(_ t: ExportGraph.ValueType) -> String { t == .int ? "integer" : t.rawValue }
        var out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        out += #"<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">"# + "\n"
        out += "  <meta>\n    <creator>schoolnet</creator>\n  </meta>\n"
        out += "  <graph mode=\"static\" defaultedgetype=\"\(graph.directed ? "directed" : "undirected")\">\n"
        out += "    <attributes class=\"node\">\n"
        for (i, attribute) in graph.nodeAttributes.enumerated() {
            out +=
                "      <attribute id=\"\(i)\" title=\"\(XMLText.escape(attribute.name))\" type=\"\(type(attribute.type))\"/>\n"
        }
        out += "    </attributes>\n    <attributes class=\"edge\">\n"
        for (i, attribute) in graph.edgeAttributes.enumerated() {
            out +=
                "      <attribute id=\"\(i)\" title=\"\(XMLText.escape(attribute.name))\" type=\"\(type(attribute.type))\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        for node in graph.nodes {
            out +=
                "      <node id=\"\(XMLText.escape(node.id))\" label=\"\(XMLText.escape(node.label))\">\n        <attvalues>\n"
            for (i, attribute) in graph.nodeAttributes.enumerated() {
                if let value = node.values[attribute.name] {
                    out += "          <attvalue for=\"\(i)\" value=\"\(XMLText.escape(value.text))\"/>\n"
                }
            }
            out += "        </attvalues>\n      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (k, edge) in graph.edges.enumerated() {
            let weight = edge.values["weight"].map { " weight=\"\($0.text)\"" } ?? ""
            out +=
                "      <edge id=\"\(k)\" source=\"\(XMLText.escape(edge.source))\" target=\"\(XMLText.escape(edge.target))\"\(weight)>\n        <attvalues>\n"
            for (i, attribute) in graph.edgeAttributes.enumerated() {
                if let value = edge.values[attribute.name] {
                    out += "          <attvalue for=\"\(i)\" value=\"\(XMLText.escape(value.text))\"/>\n"
                }
            }
            out += "        </attvalues>\n      </edge>\n"
        }
        return out + "    </edges>\n  </graph>\n</gexf>\n"
    }
}
