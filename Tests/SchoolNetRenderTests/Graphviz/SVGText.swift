import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses SVG as XML: nil when it is not well-formed, otherwise the decoded text of every
/// `<text>` element and the number of node groups.
final class SVGText: NSObject, XMLParserDelegate {
    private(set) var texts: [String] = []
    private(set) var nodeGroups = 0
    /// The centre of each node's first shape (ellipse, or the bounding box of a polygon), by
    /// the node's id (its `<title>`), in SVG coordinates.
    private(set) var centres: [String: (x: Double, y: Double)] = [:]
    private var current: String?
    private var inNode = false
    private var title: String?
    private var titleText: String?

    static func parse(_ bytes: [UInt8]) -> SVGText? {
        let reader = SVGText()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = reader
        return parser.parse() ? reader : nil
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        if name == "text" { current = "" }
        // A node's group is classed `node`, then the classes the diagram gave it.
        let isNode = attributes["class"].map { $0.split(separator: " ").first == "node" } ?? false
        if name == "g", attributes["class"] != nil {
            inNode = isNode
            title = nil
        }
        if name == "g", isNode { nodeGroups += 1 }
        if name == "title", inNode { titleText = "" }
        if inNode, let title, centres[title] == nil {
            if name == "ellipse", let x = Double(attributes["cx"] ?? ""), let y = Double(attributes["cy"] ?? "") {
                centres[title] = (x, y)
            } else if name == "polygon", let points = attributes["points"] {
                let pairs = points.split(separator: " ").map { $0.split(separator: ",").compactMap { Double($0) } }
                let xs = pairs.compactMap(\.first)
                let ys = pairs.compactMap(\.last)
                if let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() {
                    centres[title] = ((minX + maxX) / 2, (minY + maxY) / 2)
                }
            }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current? += string
        titleText? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text", let current { texts.append(current) }
        if name == "text" { current = nil }
        if name == "title", let text = titleText {
            title = text
            titleText = nil
        }
    }
}
