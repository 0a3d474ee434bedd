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
            MAT size bands follow the National Schools Commissioner: starter 1-5 academies, \
            established 6-15, national 16-30, system-leader 31+. Components and density are those \
            of the school network over all layers, each structure joining its members pairwise, as \
            are transitivity (NetworkX transitivity), average clustering, Freeman degree \
            centralization and assortativity by phase, Ofsted grade and governance (NetworkX \
            attribute_assortativity_coefficient).
            """
    )

    @OptionGroup var input: LandscapeOptions

    /// How often a series takes the landscape.
    enum Every: String, CaseIterable, Sendable { case year }

    @Option(
        help: ArgumentHelp(
            "Instead of one summary, a series: one row a year, on the same day as the answer's date, from the first year the files record.",
            valueName: "year"))
    var every: ChoiceArgument<Every>?

    @Option(help: "table or json (and csv with --every).")
    var format: TableFormat = .table

    func validate() throws {
        if format == .csv && every == nil {
            throw ValidationError(
                "--format csv needs --every year: the summary itself is a listing (use table or json)")
        }
    }

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup(title: "With --every: who counts for pairing and cold spots") var support: PlaceThresholdOptions

    func run() throws {
        if every != nil {
            let loaded = try input.load(default: .allRows)
            // Every row in scope, whatever --at says: each year is taken from the whole history.
            let history = try loaded.scope.apply(to: loaded.full)
            let last = input.date ?? history.latestRecordedDate
            guard let last else {
                Console.error("error: the files record no dates, so there is no series to give")
                throw ExitStatus.invalidInput
            }
            let days = LandscapeSeries.yearly(history, until: last)
            var context = loaded.context()
            context.date = nil
            context.dateBasis = nil
            context.notes.append("One row a year, each on the day and month of \(last), from \(days[0]) to \(last).")
            try Console.emit(
                LandscapeSeries.result(
                    history, days: days, thresholds: try support.thresholds(), ties: support.ties.value,
                    context: context),
                format: format, to: output)
            return
        }
        let loaded = try input.load()
        let summary = LandscapeSummary(loaded.landscape)
        let title = "Landscape: \(input.landscape)" + loaded.atPhrase
        try Console.emit(
            summary.result(title: title, context: loaded.context()), format: format, to: output)
    }
}
