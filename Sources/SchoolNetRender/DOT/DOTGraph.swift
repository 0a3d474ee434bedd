/// A value that goes into a DOT attribute, tagged with how it must be escaped.
public enum DOTValue: Equatable, Sendable {
    /// Text shown to people (labels), escaped by ``DOTEscaping/label(_:)``.
    case text(String)
    /// A tooltip, escaped by ``DOTEscaping/tooltip(_:)``.
    case tooltip(String)
    /// A value this package chose (a colour, a style, a number): no quote or backslash allowed.
    case literal(String)
    /// An HTML-like label built by this package from escaped text; written between `<` and `>`.
    case html(String)
}

/// An ordered list of DOT attributes; order is kept so that output is deterministic.
public struct DOTAttributes: Equatable, Sendable, ExpressibleByDictionaryLiteral {
    public private(set) var entries: [(name: String, value: DOTValue)] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, DOTValue)...) {
        for (name, value) in elements { self[name] = value }
    }

    public subscript(name: String) -> DOTValue? {
        get { entries.first { $0.name == name }?.value }
        set {
            precondition(
                name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") },
                "attribute names are ASCII identifiers")
            if let i = entries.firstIndex(where: { $0.name == name }) {
                if let newValue { entries[i].value = newValue } else { entries.remove(at: i) }
            } else if let newValue {
                entries.append((name, newValue))
            }
        }
    }

    public var isEmpty: Bool { entries.isEmpty }

    public static func == (a: DOTAttributes, b: DOTAttributes) -> Bool {
        a.entries.elementsEqual(b.entries) { $0.name == $1.name && $0.value == $1.value }
    }
}

/// A node; its id is chosen by this package (ASCII), never taken from user text.
public struct DOTNode: Equatable, Sendable {
    public var id: String
    public var attributes: DOTAttributes

    public init(id: String, attributes: DOTAttributes = DOTAttributes()) {
        self.id = id
        self.attributes = attributes
    }
}

public struct DOTEdge: Equatable, Sendable {
    public var from: String
    public var to: String
    public var attributes: DOTAttributes

    public init(from: String, to: String, attributes: DOTAttributes = DOTAttributes()) {
        self.from = from
        self.to = to
        self.attributes = attributes
    }
}

/// A graph to hand to Graphviz: always a `digraph`, so that directed and undirected ties can
/// share it (undirected edges carry `dir=none`).
public struct DOTGraph: Equatable, Sendable {
    public var name: String
    public var graphAttributes = DOTAttributes()
    public var nodeDefaults = DOTAttributes()
    public var edgeDefaults = DOTAttributes()
    public var nodes: [DOTNode] = []
    public var edges: [DOTEdge] = []

    public init(name: String) { self.name = name }
}
