import SchoolNetModel

/// GEXF 1.2 (gexf.net), Gephi's own format: node and edge attributes declared with their types
/// (string, double, integer), the school's name as the node label, the tie weight as the edge
/// weight.
///
/// `dynamic` writes a dynamic graph for Gephi's timeline (`mode="dynamic"`, dates as
/// `yyyy-mm-dd`): each node and edge with dates gets its `<spells>`, one `<spell>` per period
/// with `start` and `end` (either left out when open). GEXF's ends are inclusive, so `end` is the
/// last day it exists: the day before the landscape's own (exclusive) end date. Without dates a
/// node or edge is always there; an edge that exists on no single day (its schools never shared
/// a structure at the same time) is left out. Weights, layers and multiplexity stay those of the
/// whole history: only presence is dated.
public enum GEXFWriter {
    public static func write(_ graph: ExportGraph, dynamic: Bool = false) -> String {
        func type(_ t: ExportGraph.ValueType) -> String { t == .int ? "integer" : t.rawValue }
        var out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        out += #"<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">"# + "\n"
        out += "  <meta>\n    <creator>schoolnet</creator>\n"
        if let description = graph.description {
            out += "    <description>\(XMLText.escape(description))</description>\n"
        }
        out += "  </meta>\n"
        let mode = dynamic ? "mode=\"dynamic\" timeformat=\"date\"" : "mode=\"static\""
        out += "  <graph \(mode) defaultedgetype=\"\(graph.directed ? "directed" : "undirected")\">\n"
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
            out += "        </attvalues>\n"
            if dynamic { out += spells(node.spells, indent: "        ") }
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (k, edge) in graph.edges.enumerated() where !(dynamic && edge.isNeverActive) {
            let weight = edge.values["weight"].map { " weight=\"\($0.text)\"" } ?? ""
            out +=
                "      <edge id=\"\(k)\" source=\"\(XMLText.escape(edge.source))\" target=\"\(XMLText.escape(edge.target))\"\(weight)>\n        <attvalues>\n"
            for (i, attribute) in graph.edgeAttributes.enumerated() {
                if let value = edge.values[attribute.name] {
                    out += "          <attvalue for=\"\(i)\" value=\"\(XMLText.escape(value.text))\"/>\n"
                }
            }
            out += "        </attvalues>\n"
            if dynamic { out += spells(edge.spells, indent: "        ") }
            out += "      </edge>\n"
        }
        return out + "    </edges>\n  </graph>\n</gexf>\n"
    }

    static func spells(_ periods: [ActivePeriod], indent: String) -> String {
        guard !periods.isEmpty else { return "" }
        var out = indent + "<spells>\n"
        for period in periods {
            let start = period.start.map { " start=\"\($0)\"" } ?? ""
            let end = period.end.map { " end=\"\($0.previousDay ?? $0)\"" } ?? ""
            out += indent + "  <spell\(start)\(end)/>\n"
        }
        return out + indent + "</spells>\n"
    }
}
