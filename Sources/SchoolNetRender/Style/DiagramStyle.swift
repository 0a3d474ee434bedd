import SchoolNetModel

/// How each kind of structure and tie is drawn. Colours are from the Okabe–Ito palette, which
/// stays distinguishable under the common colour-vision deficiencies; every style also differs
/// in line pattern or weight, so the diagram survives greyscale printing.
public struct TieStyle: Equatable, Sendable {
    public var colour: String
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
        let line: String =
            switch pattern {
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
        case .mat:
            TieStyle(colour: "#0072B2", pattern: "solid", penWidth: 1.2, legendName: "member of a multi-academy trust")
        case .federation where federation == .hard:
            TieStyle(colour: "#009E73", pattern: "solid", penWidth: 2.5, legendName: "member of a hard federation")
        case .federation where federation == .soft:
            TieStyle(colour: "#009E73", pattern: "dashed", penWidth: 1.2, legendName: "member of a soft federation")
        case .federation:
            TieStyle(colour: "#009E73", pattern: "solid", penWidth: 1.2, legendName: "member of a federation")
        case .tsa:
            TieStyle(
                colour: "#E69F00", pattern: "dashed", penWidth: 1.2, legendName: "member of a teaching school alliance")
        case .cluster:
            TieStyle(colour: "#8C8C8C", pattern: "dotted", penWidth: 1.2, legendName: "member of a local cluster")
        case .partnership:
            TieStyle(colour: "#CC79A7", pattern: "dashed", penWidth: 1.2, legendName: "member of a partnership")
        case .hub: TieStyle(colour: "#56B4E9", pattern: "dotted", penWidth: 1.2, legendName: "member of a hub")
        case .other:
            TieStyle(colour: "#000000", pattern: "dotted", penWidth: 1, legendName: "member of another structure")
        }
    }

    /// A pairwise link between two schools; support and traded services carry arrows.
    /// A proposed supporter (`schoolnet match`): bold dashed dark grey, arrow to the supported
    /// school, apart from every recorded tie.
    public static let proposed = TieStyle(
        colour: "#444444", pattern: "dashed", penWidth: 2.4, arrowhead: "vee",
        legendName: "proposed support (supporter → school)")

    public static func link(_ kind: LinkKind) -> TieStyle {
        switch kind {
        case .nleSupport:
            TieStyle(
                colour: "#D55E00", pattern: "solid", penWidth: 2.2, arrowhead: "normal",
                legendName: "NLE support (supporter → supported)")
        case .lleSupport:
            TieStyle(
                colour: "#D55E00", pattern: "dashed", penWidth: 1.5, arrowhead: "normal",
                legendName: "LLE support (supporter → supported)")
        case .sleSupport:
            TieStyle(
                colour: "#D55E00", pattern: "dotted", penWidth: 1.5, arrowhead: "normal",
                legendName: "SLE support (supporter → supported)")
        case .tradedService:
            TieStyle(
                colour: "#000000", pattern: "dashed", penWidth: 1.3, arrowhead: "empty",
                legendName: "traded service (seller → client)")
        case .partnership: TieStyle(colour: "#CC79A7", pattern: "solid", penWidth: 1.5, legendName: "partnership link")
        case .other: TieStyle(colour: "#8C8C8C", pattern: "solid", penWidth: 1, legendName: "other link")
        }
    }

    /// The hub node of a structure: shape, fill, border and extra style by kind. Trusts and
    /// federations are boxes (square-cornered and rounded); the other kinds take shapes no
    /// school takes.
    public static func hub(_ kind: StructureKind) -> HubStyle {
        switch kind {
        case .mat: HubStyle(shape: "box", fill: "#D6E6F4", border: "#0072B2")
        case .federation: HubStyle(shape: "box", fill: "#CCEBE3", border: "#009E73", rounded: true)
        case .tsa: HubStyle(shape: "house", fill: "#FAE8C2", border: "#E69F00")
        case .cluster: HubStyle(shape: "invtrapezium", fill: "#EDEDED", border: "#8C8C8C")
        case .partnership: HubStyle(shape: "parallelogram", fill: "#F4DDEA", border: "#CC79A7")
        case .hub: HubStyle(shape: "diamond", fill: "#DDEFFA", border: "#56B4E9")
        case .other: HubStyle(shape: "note", fill: "#FFFFFF", border: "#000000")
        }
    }

    /// The shape of a school of a phase; nil (unknown phase) is a dashed ellipse.
    public static func school(_ phase: Phase?) -> (shape: String, name: String) {
        switch phase {
        case .primary: ("ellipse", "ellipse")
        case .secondary: ("hexagon", "hexagon")
        case .allThrough: ("octagon", "octagon")
        case .special: ("pentagon", "pentagon")
        case .alternativeProvision: ("septagon", "septagon")
        case .nursery: ("egg", "egg")
        case .sixteenPlus: ("doubleoctagon", "double octagon")
        case .other: ("invhouse", "inverted house")
        case nil: ("ellipse", "dashed ellipse")
        }
    }
}

/// How a structure's hub is drawn.
public struct HubStyle: Equatable, Sendable {
    public var shape: String
    public var fill: String
    public var border: String
    public var rounded = false

    /// The Graphviz `style` of the hub.
    public var style: String { rounded ? "filled,bold,rounded" : "filled,bold" }
}
