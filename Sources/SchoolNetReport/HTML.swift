/// A piece of an HTML document. Text and attribute values are escaped when written; only
/// markup this package made itself (Graphviz's SVG, the charts, the style sheet and the
/// script) goes in as ``trusted(_:)``.
///
/// Not Plot (on the local mirror): Plot 0.14 writes attribute values unescaped
/// (`Attribute.render()` returns `name="value"` as is) and keeps `&name;` sequences in text as
/// if they were entities, so a school called `A &amp; B` would read `A & B` and a quote in a
/// tooltip would end the attribute. Names must come out intact; this writer escapes all of it.
public indirect enum HTML: Sendable {
    case element(String, attributes: [(String, String)], children: [HTML])
    case text(String)
    case trusted(String)

    /// An element; `attributes` in the order written.
    public static func el(_ name: String, _ attributes: [(String, String)] = [], _ children: [HTML] = []) -> HTML {
        .element(name, attributes: attributes, children: children)
    }

    /// An element holding only text.
    public static func el(_ name: String, _ attributes: [(String, String)] = [], text: String) -> HTML {
        .element(name, attributes: attributes, children: [.text(text)])
    }

    /// Elements with no end tag.
    static let voidElements: Set<String> = ["meta", "br", "hr", "img", "link", "col", "input"]

    public func render(into out: inout String) {
        switch self {
        case .text(let text):
            out += HTML.escape(text)
        case .trusted(let markup):
            out += markup
        case .element(let name, let attributes, let children):
            out += "<\(name)"
            for (key, value) in attributes { out += " \(key)=\"\(HTML.escape(value, quotes: true))\"" }
            out += ">"
            guard !HTML.voidElements.contains(name) else { return }
            for child in children { child.render(into: &out) }
            out += "</\(name)>"
        }
    }

    public var rendered: String {
        var out = ""
        render(into: &out)
        return out
    }

    /// `&`, `<` and `>` as entities; with `quotes`, `"` and `'` too. Every other character,
    /// non-ASCII included, is written as itself (the document is UTF-8).
    public static func escape(_ text: String, quotes: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
