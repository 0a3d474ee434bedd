import ArgumentParser
import Foundation
import SchoolNetIO
import SchoolNetModel

/// `schoolnet summary LANDSCAPE`: counts by kind, MAT size bands, components, density.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Count schools, structures and links by kind, trusts by size band; network-level figures.",
        discussion: """
            MAT size bands follow the National Schools Commissioner: starter 1-5 academies,
            established 6-15, national 16-30, system-leader 31+. Components and density are those
            of the school network over all layers, each structure joining its members pairwise, as
            are transitivity (NetworkX transitivity), average clustering, Freeman degree
            centralization and assortativity by phase, Ofsted grade and governance (NetworkX
            attribute_assortativity_coefficient).
            """
    )

    @OptionGroup var input: LandscapeOptions

    @Option(help: "table or json.")
    var format: TextFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let loaded = try input.load()
        let summary = LandscapeSummary(loaded.landscape)
        let title = "Landscape: \(input.landscape)" + loaded.atPhrase
        try Console.emit(
            summary.result(title: title, context: loaded.context()), format: format.tableFormat, to: output)
    }
}
