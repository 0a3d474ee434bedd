import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses SVG as XML: nil when it is not well-formed, otherwise the decoded text of every
/// `<text>` element and the number of node groups.
final class SVGText: NSObject, XMLParserDelegate {
    private(set) var texts: [String] = []
    private(set) var nodeGroups = 0
    private var current: String?

    static func parse(_ bytes: [UInt8]) -> SVGText? {
        let reader = SVGText()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = reader
        return parser.parse() ? reader : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "text" { current = "" }
        if name == "g", attributes["class"] == "node" { nodeGroups += 1 }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text", let current { texts.append(current) }
        if name == "text" { current = nil }
    }
}
