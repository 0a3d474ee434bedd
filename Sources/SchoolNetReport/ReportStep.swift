import SchoolNetModel
import SchoolNetRender

/// How a reader reproduces one part of the report, in the library's terms: which analysis, on
/// which view, with which diagram settings. The caller turns a step into whatever its users can
/// run (the `schoolnet` command line turns it into a command); the report knows no flags.
public enum ReportStep: Sendable, Equatable {
    /// The headline counts (`LandscapeSummary`).
    case summary
    /// Every per-school measure, as a table (`SchoolMetrics`).
    case metrics
    /// One view of the overlap analysis (`OverlapResult/views`).
    case overlap(view: String)
    /// Hybrid leads, pairs and fragmentation (`HybridStructures`).
    case hybrids
    /// Every alliance finding, structures and leads' circles (`AlliancePatterns`).
    case patterns
    /// One view of the place analysis: `areas`, `cold-spots` or `spread` (`PlaceAnalysis`).
    case place(view: String)
    /// Proposed supporters for the schools that need support (`SupportMatching`).
    case match
    /// A diagram.
    case diagram(DiagramRequest)
    /// What changed between two days (`LandscapeChange`), over every row in scope.
    case changes(from: CalendarDate, to: CalendarDate)
    /// The headline counts year by year up to the report's date (`LandscapeSeries`).
    case series
}

/// A diagram as the report draws it.
public struct DiagramRequest: Sendable, Equatable {
    /// A part of the landscape other than the report's own, when the diagram shows one.
    public var scope: LandscapeScope?
    /// Schools at their coordinates.
    public var geographic = false
    /// The school attribute that fills the nodes.
    public var colourBy: String?
    /// The measure that sizes the nodes.
    public var sizeBy: String?
    /// How many schools are labelled (the largest); nil for all.
    public var labels: Int?
    /// One node per structure (`StructureOverviewDiagram`) instead of one per school.
    public var overview = false
    /// Schools with no tie drawn left out.
    public var hideUntied = false
    /// The layout engine the page used, when it chose one by measuring.
    public var engine: LayoutEngine?
    /// The diagram's title, as the page drew it (the second caption line is `render`'s own).
    public var title: String?
    /// The file a reader would write it to (`landscape.svg`).
    public var fileName: String

    public init(
        scope: LandscapeScope? = nil, geographic: Bool = false, colourBy: String? = nil, sizeBy: String? = nil,
        labels: Int? = nil, overview: Bool = false, hideUntied: Bool = false, fileName: String
    ) {
        self.overview = overview
        self.hideUntied = hideUntied
        self.scope = scope
        self.geographic = geographic
        self.colourBy = colourBy
        self.sizeBy = sizeBy
        self.labels = labels
        self.fileName = fileName
    }
}
