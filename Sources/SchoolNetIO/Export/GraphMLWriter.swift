/// GraphML (graphml.graphdrawing.org), as Gephi, yEd, igraph and NetworkX read it: one `<key>`
/// per attribute with its `attr.name` and `attr.type` (string, double, int); the display name
/// is the node attribute `label` (beside the school's own `name` column); unknown values are
/// left out of the node, never written as zero.
public enum GraphMLWriter {
    public static func write(_ graph: ExportGraph) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        out +=
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
            + "\n"
        let nodeKeys = [("label", ExportGraph.ValueType.string)] + graph.nodeAttributes.filter { $0.name != "label" }
        for (i, attribute) in nodeKeys.enumerated() {
            out +=
                "  <key id=\"n\(i)\" for=\"node\" attr.name=\"\(XMLText.escape(attribute.0))\" attr.type=\"\(attribute.1.rawValue)\"/>\n"
        }
        for (i, attribute) in graph.edgeAttributes.enumerated() {
            out +=
                "  <key id=\"e\(i)\" for=\"edge\" attr.name=\"\(XMLText.escape(attribute.name))\" attr.type=\"\(attribute.type.rawValue)\"/>\n"
        }
        out += "  <graph id=\"G\" edgedefault=\"\(graph.directed ? "directed" : "undirected")\">\n"
        if let description = graph.description { out += "    <desc>\(XMLText.escape(description))</desc>\n" }
        for node in graph.nodes {
            out += "    <node id=\"\(XMLText.escape(node.id))\">\n"
            out += "      <data key=\"n0\">\(XMLText.escape(node.label))</data>\n"
            for (i, attribute) in nodeKeys.enumerated().dropFirst() {
                if let value = node.values[attribute.0] {
                    out += "      <data key=\"n\(i)\">\(XMLText.escape(value.text))</data>\n"
                }
            }
            out += "    </node>\n"
        }
        for edge in graph.edges {
            out += "    <edge source=\"\(XMLText.escape(edge.source))\" target=\"\(XMLText.escape(edge.target))\">\n"
            for (i, attribute) in graph.edgeAttributes.enumerated() {
                if let value = edge.values[attribute.name] {
                    out += "      <data key=\"e\(i)\">\(XMLText.escape(value.text))</data>\n"
                }
            }
            out += "    </edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }
}
