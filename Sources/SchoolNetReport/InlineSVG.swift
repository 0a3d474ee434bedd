import Foundation

/// Graphviz's SVG made fit to sit inside an HTML page.
enum InlineSVG {
    /// Drops the XML declaration, doctype and comments before `<svg`, and prefixes every `id`
    /// with `prefix` so that two diagrams in one page never share one (Graphviz numbers its
    /// groups `graph0`, `node1`, … in each file). Graphviz escapes `"` in text and attribute
    /// values, so ` id="` only ever starts an id attribute.
    static func prepare(_ svg: String, prefix: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        return String(svg[start.lowerBound...])
            .replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
