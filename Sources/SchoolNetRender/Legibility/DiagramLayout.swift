/// Where Graphviz placed each node and edge of a laid-out graph, read from its `plain` output
/// (positions and sizes in inches, y upwards; see Graphviz's "plain" output format).
///
/// Only the node ids, centres and sizes and the edges' end nodes and points are read: the
/// package's node ids are never user text, so the first fields of each line are plain words.
public struct DiagramLayout: Equatable, Sendable {
    public struct Node: Equatable, Sendable {
        public var id: String
        public var x: Double
        public var y: Double
        public var width: Double
        public var height: Double
    }

    public struct Edge: Equatable, Sendable {
        public var tail: String
        public var head: String
        /// The spline's control points; with `splines=false` the first and last are the ends
        /// of a straight line.
        public var points: [(x: Double, y: Double)]
        /// Where its label was put, when it has one and the engine placed it.
        public var label: (x: Double, y: Double)?

        public static func == (a: Edge, b: Edge) -> Bool {
            a.tail == b.tail && a.head == b.head && a.points.map(\.x) == b.points.map(\.x)
                && a.points.map(\.y) == b.points.map(\.y)
        }
    }

    /// The drawing's width and height, in inches.
    public var width: Double
    public var height: Double
    public var nodes: [Node]
    public var edges: [Edge]

    /// Reads Graphviz's `plain` text; nil when it is not that format.
    ///
    /// - Complexity: O(length of the text).
    public init?(plain text: String) {
        var width: Double?
        var height = 0.0
        var nodes: [Node] = []
        var edges: [Edge] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard let kind = fields.first else { continue }
            switch kind {
            case "graph":
                guard fields.count >= 4, let w = Double(fields[2]), let h = Double(fields[3]) else { return nil }
                (width, height) = (w, h)
            case "node":
                guard fields.count >= 6, let x = Double(fields[2]), let y = Double(fields[3]),
                    let w = Double(fields[4]), let h = Double(fields[5])
                else { return nil }
                nodes.append(Node(id: String(fields[1]), x: x, y: y, width: w, height: h))
            case "edge":
                guard fields.count >= 4, let n = Int(fields[3]), fields.count >= 4 + 2 * n else { return nil }
                var points: [(x: Double, y: Double)] = []
                for i in 0..<n {
                    guard let x = Double(fields[4 + 2 * i]), let y = Double(fields[5 + 2 * i]) else { return nil }
                    points.append((x, y))
                }
                // Then, when the edge has a label: the label (one word: the package's edge labels
                // are numbers) and where it sits; then style and colour.
                var label: (x: Double, y: Double)?
                let rest = fields.dropFirst(4 + 2 * n)
                if rest.count >= 5, let x = Double(rest[rest.startIndex + 1]), let y = Double(rest[rest.startIndex + 2])
                {
                    label = (x, y)
                }
                edges.append(Edge(tail: String(fields[1]), head: String(fields[2]), points: points, label: label))
            default: continue
            }
        }
        guard let width else { return nil }
        self.width = width
        self.height = height
        self.nodes = nodes
        self.edges = edges
    }
}
