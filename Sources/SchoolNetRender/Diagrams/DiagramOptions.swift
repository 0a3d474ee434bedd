import SchoolNetModel

/// What a landscape diagram shows and how.
public struct DiagramOptions: Sendable {
    /// The first line of the caption.
    public var title: String?
    /// Where the data comes from, the caption's second line.
    public var source: String?
    /// The layers drawn: a structure is drawn when its kind's layer is chosen, a link when its
    /// kind's is. Schools are always drawn.
    public var layers: Set<Layer> = Set(Layer.all)
    /// Fill schools by an attribute; white when nil.
    public var colouring: NodeColouring?
    /// Size schools by a measure; all the same size when nil.
    public var sizing: NodeSizing?
    /// Draw each school in the shape of its phase (the legend names the shapes used).
    public var shapeByPhase = true
    /// Label only this many schools: the largest by the sizing measure, else by the number of
    /// ties drawn, ties broken by URN. Nil labels every school. The others keep their name as
    /// a tooltip.
    public var labelledSchools: Int?
    /// Pin every school at its coordinates (see ``GeographicProjection``); schools without
    /// coordinates are left out and counted in the caption.
    public var geographic = false
    /// Let the engine move nodes apart until none overlap (`overlap=portho`, which, unlike
    /// Graphviz's default `prism`, gives the same drawing in every run). Ignored by the
    /// geographic layout, which never moves a school.
    public var removeOverlaps = true
    /// Leave out the schools with no tie drawn (no structure or link in the chosen layers) and
    /// say how many in the caption, instead of scattering them loose around the drawing.
    public var hideUntied = false
    /// Proposed support to draw as dashed arrows (supporter → school), apart from the recorded
    /// ties; pairs with a school not in the diagram are left out.
    public var proposedTies: [(supporter: URN, school: URN)] = []

    /// The caption's second line `render` writes by default: the landscape's counts and who
    /// drew it.
    public static func standardSource(of landscape: Landscape) -> String {
        "\(landscape.schools.count) schools, \(landscape.structures.count) structures, "
            + "\(landscape.links.count) links. Drawn by schoolnet with Graphviz."
    }

    public init(title: String? = nil, source: String? = nil) {
        self.title = title
        self.source = source
    }
}
