import SchoolNetModel

/// How each kind of structure and tie is drawn. Colours are from the Okabe–Ito palette, which
/// stays distinguishable under the common colour-vision deficiencies; every style also differs
/// in line pattern or weight, so the diagram survives greyscale printing.
public struct TieStyle: Equatable, Sendable {
    public var color: String
    /// Graphviz `style`: solid, dashed, dotted or bold.
    public var pattern: String
    public var penWidth: Double
    /// Arrowhead for directed ties; nil when undirected.
    public var arrowhead: String?
    /// How the legend names it.
    public var legendName: String

    /// A text sample of the line for the legend (a legend is one HTML-like label, which cannot
    /// draw real edges).
    public var legendSample: String {
        let line: String = switch pattern {
        case "dashed": "╌╌╌╌╌"
        case "dotted": "┈┈┈┈┈"
        default: penWidth >= 2 ? "━━━━━" : "─────"
        }
        return line + (arrowhead == nil ? "" : (arrowhead == "empty" ? "▷" : "▶"))
    }
}

public enum DiagramStyle {
    public static let fontName = "DejaVu Sans"

    /// The line from a member school to its structure's hub.
    public static func membership(_ kind: StructureKind, federation: FederationType?) -> TieStyle {
        switch kind {
        case .mat: TieStyle(color: "#0072B2", pattern: "solid", penWidth: 1.2, legendName: "member of a multi-academy trust")
        case .federation where federation == .hard:
            TieStyle(color: "#009E73", pattern: "solid", penWidth: 2.5, legendName: "member of a hard federation")
        case .federation where federation == .soft:
            TieStyle(color: "#009E73", pattern: "dashed", penWidth: 1.2, legendName: "member of a soft federation")
        case .federation: TieStyle(color: "#009E73", pattern: "solid", penWidth: 1.2, legendName: "member of a federation")
        case .tsa: TieStyle(color: "#E69F00", pattern: "dashed", penWidth: 1.2, legendName: "member of a teaching school alliance")
        case .cluster: TieStyle(color: "#8C8C8C", pattern: "dotted", penWidth: 1.2, legendName: "member of a local cluster")
        case .partnership: TieStyle(color: "#CC79A7", pattern: "dashed", penWidth: 1.2, legendName: "member of a partnership")
        case .hub: TieStyle(color: "#56B4E9", pattern: "dotted", penWidth: 1.2, legendName: "member of a hub")
        case .other: TieStyle(color: "#000000", pattern: "dotted", penWidth: 1, legendName: "member of another structure")
        }
    }

    /// A pairwise link between two schools; support and traded services carry arrows.
    public static func link(_ kind: LinkKind) -> TieStyle {
        switch kind {
        case .nleSupport: TieStyle(color: "#D55E00", pattern: "solid", penWidth: 2.2, arrowhead: "normal", legendName: "NLE support (supporter → supported)")
        case .lleSupport: TieStyle(color: "#D55E00", pattern: "dashed", penWidth: 1.5, arrowhead: "normal", legendName: "LLE support (supporter → supported)")
        case .sleSupport: TieStyle(color: "#D55E00", pattern: "dotted", penWidth: 1.5, arrowhead: "normal", legendName: "SLE support (supporter → supported)")
        case .tradedService: TieStyle(color: "#000000", pattern: "dashed", penWidth: 1.3, arrowhead: "empty", legendName: "traded service (seller → client)")
        case .partnership: TieStyle(color: "#CC79A7", pattern: "solid", penWidth: 1.5, legendName: "partnership link")
        case .other: TieStyle(color: "#8C8C8C", pattern: "solid", penWidth: 1, legendName: "other link")
        }
    }

    /// The hub node of a structure: shape, fill and border by kind.
    public static func hub(_ kind: StructureKind) -> (shape: String, fill: String, border: String) {
        switch kind {
        case .mat: ("box", "#D6E6F4", "#0072B2")
        case .federation: ("box", "#CCEBE3", "#009E73")
        case .tsa: ("hexagon", "#FAE8C2", "#E69F00")
        case .cluster: ("ellipse", "#EDEDED", "#8C8C8C")
        case .partnership: ("octagon", "#F4DDEA", "#CC79A7")
        case .hub: ("diamond", "#DDEFFA", "#56B4E9")
        case .other: ("ellipse", "#FFFFFF", "#000000")
        }
    }
}
