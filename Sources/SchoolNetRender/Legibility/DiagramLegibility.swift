import Foundation

/// How readable a laid-out diagram is, measured rather than judged by eye: how many labels
/// another node covers, how many pairs of edges cross, and how large its smallest label is when
/// the drawing is scaled to a given width.
///
/// - Label overlaps: pairs of nodes whose boxes intersect where at least one carries a label.
/// - Edge crossings: pairs of edges, with no end in common, whose lines (the polylines through
///   their control points) cross. Purchase's first aesthetic; the count is the one graph
///   drawing studies use (H. C. Purchase, "Which aesthetic has the greatest effect on human
///   understanding?", Graph Drawing 1997).
/// - Detached edge labels: labelled edges whose label was not put within a quarter inch of
///   their line (or not put at all), so that a reader cannot tell which line a number belongs to.
/// - Smallest label on the page: the smallest label font size times the scale at which the
///   drawing fits the width, capped at its natural size (1 pt = 4/3 CSS px).
///
/// - Complexity: O(n² + m²·s²) for n nodes and m edges of s segments; diagrams the report
///   measures have hundreds of each.
public struct DiagramLegibility: Equatable, Sendable {
    public var labelOverlaps: Int
    public var detachedLabels: Int
    public var edgeCrossings: Int
    /// The drawing's size in points.
    public var width: Double
    public var height: Double
    /// The smallest label font size, in points; nil when nothing carries a label.
    public var smallestFont: Double?

    /// - Parameters:
    ///   - layout: where Graphviz put each node and edge.
    ///   - labelled: the node ids that carry a visible label.
    ///   - smallestFont: the smallest font size among them, in points.
    ///   - labelledEdges: how many edges carry a label.
    public init(_ layout: DiagramLayout, labelled: Set<String>, smallestFont: Double?, labelledEdges: Int = 0) {
        width = layout.width * 72
        height = layout.height * 72
        self.smallestFont = smallestFont
        var overlaps = 0
        let nodes = layout.nodes.sorted { $0.x - $0.width / 2 < $1.x - $1.width / 2 }
        for (i, a) in nodes.enumerated() {
            for b in nodes[(i + 1)...] {
                if b.x - b.width / 2 >= a.x + a.width / 2 { break }
                guard labelled.contains(a.id) || labelled.contains(b.id) else { continue }
                if abs(a.y - b.y) < (a.height + b.height) / 2 { overlaps += 1 }
            }
        }
        labelOverlaps = overlaps
        var crossings = 0
        let edges = layout.edges.filter { $0.points.count >= 2 }
        for (i, e) in edges.enumerated() {
            for f in edges[(i + 1)...] {
                if e.tail == f.tail || e.tail == f.head || e.head == f.tail || e.head == f.head { continue }
                if Self.cross(e.points, f.points) { crossings += 1 }
            }
        }
        edgeCrossings = crossings
        let attached = layout.edges.filter { edge in
            guard let label = edge.label, edge.points.count >= 2 else { return false }
            return (1..<edge.points.count).contains { i in
                Self.distance(label, edge.points[i - 1], edge.points[i]) <= 0.25
            }
        }.count
        detachedLabels = max(0, labelledEdges - attached)
    }

    /// The distance from a point to a segment.
    static func distance(
        _ p: (x: Double, y: Double), _ a: (x: Double, y: Double), _ b: (x: Double, y: Double)
    ) -> Double {
        let (dx, dy) = (b.x - a.x, b.y - a.y)
        let length = dx * dx + dy * dy
        let t = length == 0 ? 0 : max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length))
        let (x, y) = (a.x + t * dx, a.y + t * dy)
        return ((p.x - x) * (p.x - x) + (p.y - y) * (p.y - y)).squareRoot()
    }

    /// The smallest label's size in CSS pixels when the drawing is shown `pageWidth` pixels wide
    /// (never enlarged beyond its natural size); nil without labels.
    public func smallestLabel(atWidth pageWidth: Double) -> Double? {
        guard let smallestFont, width > 0 else { return nil }
        return smallestFont * min(4.0 / 3.0, pageWidth / width)
    }

    /// Whether any segment of one polyline properly crosses any of the other.
    static func cross(_ p: [(x: Double, y: Double)], _ q: [(x: Double, y: Double)]) -> Bool {
        for i in 1..<p.count {
            for j in 1..<q.count where segmentsCross(p[i - 1], p[i], q[j - 1], q[j]) { return true }
        }
        return false
    }

    private static func segmentsCross(
        _ a: (x: Double, y: Double), _ b: (x: Double, y: Double), _ c: (x: Double, y: Double),
        _ d: (x: Double, y: Double)
    ) -> Bool {
        func side(_ p: (x: Double, y: Double), _ q: (x: Double, y: Double), _ r: (x: Double, y: Double)) -> Double {
            (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x)
        }
        let (d1, d2) = (side(c, d, a), side(c, d, b))
        let (d3, d4) = (side(a, b, c), side(a, b, d))
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))
    }
}
