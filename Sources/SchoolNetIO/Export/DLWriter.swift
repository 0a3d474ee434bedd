/// UCINET's DL format, edge-list form (`format = edgelist1`): the node count, the labels in node
/// order, then one line per tie, `from to weight`, numbered from 1, so that nodes without ties
/// are kept. An undirected tie is written once: in UCINET, symmetrise after importing
/// (Transform > Symmetrize); igraph's `Read_DL(directed=False)` reads it as it is.
///
/// DL labels are separated by commas and spaces and cannot be quoted (igraph keeps the quotes
/// as part of the name), so a label is the node's id with every character other than a letter,
/// digit, `_`, `-`, `.` or `:` written as `_`; should two ids become the same, the later gets
/// `_2`, `_3`, … Use GraphML to keep names as they are.
public enum DLWriter {
    public static func write(_ graph: ExportGraph) -> String {
        var number: [String: Int] = [:]
        var used: Set<String> = []
        var labels: [String] = []
        for (i, node) in graph.nodes.enumerated() {
            number[node.id] = i + 1
            let safe = String(
                String.UnicodeScalarView(
                    node.id.unicodeScalars.map { scalar in
                        scalar.isASCII
                            && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                                || "_-.:".unicodeScalars.contains(scalar))
                            ? scalar : "_"
                    }))
            var label = safe.isEmpty ? "_" : safe
            var suffix = 2
            while used.contains(label) {
                label = "\(safe)_\(suffix)"
                suffix += 1
            }
            used.insert(label)
            labels.append(label)
        }
        var out = "DL N=\(graph.nodes.count)\nFORMAT = EDGELIST1\nLABELS:\n"
        // One label per line keeps long lists readable; UCINET and igraph accept either.
        out += labels.joined(separator: ",\n") + "\nDATA:\n"
        for edge in graph.edges {
            guard let a = number[edge.source], let b = number[edge.target] else { continue }
            out += "\(a) \(b) \(edge.values["weight"]?.text ?? "1")\n"
        }
        return out
    }
}
