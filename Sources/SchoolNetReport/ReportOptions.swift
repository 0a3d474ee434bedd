import SchoolNetGraph
import SchoolNetModel

/// What a report says about where it came from.
public struct ReportOptions: Sendable {
    /// The page's heading.
    public var title: String
    /// The landscape's name as the footer gives it (the folder or file it was read from).
    public var source: String
    /// What every answer on the page says about itself: the date and scope of the landscape.
    public var context = AnswerContext()
    /// The landscape the alliance findings read, when it differs from the one the page shows
    /// (with the traded services that ended before the date, which marketised evidence needs).
    public var findingsLandscape: Landscape?
    /// How a reader reproduces a section: given a step, the text to show (a command line); nil
    /// to show none.
    public var reproduce: (@Sendable (ReportStep) -> String)?
    /// A line on the data's source and licence, shown under the heading and in the footer.
    public var dataSource: String?
    /// How many schools the top-brokers table lists.
    public var topBrokers = 15
    /// The most rows any one table shows; the note under it says how many were left out.
    public var maximumRows = 200
    /// Leave the diagrams out above this many nodes (the report would be megabytes of SVG).
    public var maximumDiagramNodes = 3_000
    /// Every row of the landscape in the report's scope, whatever its dates: what the "what
    /// changed" section and the year-by-year chart read. Nil leaves both out.
    public var history: Landscape?
    /// The school network the measures, pairing and diagrams use (layers and projection).
    public var selection = NetworkSelection()
    /// Which ties count as support in the headline pairing and cold spots.
    public var ties = PairingTies.support
    /// What counts as low- and high-performing and disadvantaged.
    public var placeThresholds = PlaceThresholds()
    /// The alliance patterns' thresholds.
    public var patternThresholds = PatternThresholds()
    /// The school attribute that fills the schools in the school-level drawing and the map
    /// (the map uses the Ofsted grade when nil).
    public var colourBy: String?
    /// Told of each part of the page as it is made, and of each search of exact betweenness.
    public var progress: (any ProgressListener)?

    public init(title: String, source: String) {
        self.title = title
        self.source = source
    }
}
