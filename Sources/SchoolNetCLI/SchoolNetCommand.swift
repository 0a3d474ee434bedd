import ArgumentParser
import SchoolNetModel

/// The `schoolnet` command: maps and analyses networks of collaborating schools.
public struct SchoolNetCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "schoolnet",
        abstract: "Map and analyse networks of collaborating schools in England.",
        discussion: """
            A landscape is a folder of CSV files (schools.csv, and optionally structures.csv, \
            memberships.csv, links.csv). Exit status: 0 success, 1 invalid input, 64 usage error, \
            70 the diagram could not be drawn (Graphviz failed, or the diagram is larger than \
            the engine's node limit), 73 an output file could not be written.
            """,
        version: Release.version,
        subcommands: [
            ValidateCommand.self, SummaryCommand.self, MetricsCommand.self, CommunitiesCommand.self,
            BrokerageCommand.self, EgoCommand.self, QAPCommand.self, PositionsCommand.self, FamiliesCommand.self,
            MatchCommand.self, CompareCommand.self,
            AffiliationCommand.self,
            OverlapCommand.self,
            HybridsCommand.self,
            PatternsCommand.self, PlaceCommand.self,
            DiffCommand.self, ListCommand.self, GenerateCommand.self, ImportGIASCommand.self, TemplateCommand.self,
            ExportCommand.self,
            RenderCommand.self,
            ReportCommand.self,
        ]
    )

    public init() {}
}
