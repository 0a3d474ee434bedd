/// What a report says about where it came from.
public struct ReportOptions: Sendable {
    /// The page's heading.
    public var title: String
    /// How the commands under each section name the landscape (the path the user typed).
    public var landscapeArgument: String
    /// Extra arguments every quoted command carries (`--at 2024-09-01`), or empty.
    public var commonArguments: String = ""
    /// A line on the data's source and licence, shown under the heading and in the footer.
    public var dataSource: String?
    /// How many schools the top-brokers table lists.
    public var topBrokers = 15
    /// The most rows any one table shows; the note under it says how many were left out.
    public var maximumRows = 200
    /// Leave the diagrams out above this many nodes (the report would be megabytes of SVG).
    public var maximumDiagramNodes = 3_000

    public init(title: String, landscapeArgument: String) {
        self.title = title
        self.landscapeArgument = landscapeArgument
    }
}
