import ArgumentParser
import SchoolNetIO
import SchoolNetModel

/// `schoolnet diff LANDSCAPE --from DATE --to DATE`: what changed between two dates.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract:
            "What changed between two dates: joins, leaves, structures formed and dissolved, links started and ended, moves between kinds, hybrid forms.",
        discussion: """
            Each side is the landscape as it stood that day (a structure, membership or link is \
            active on D when it started on or before D and had not ended by D). A move is a school \
            that left a structure of one kind and joined one of another kind (a cluster for a \
            trust, a federation for a MAT). Hybrid pairs and leads are compared with the \
            thresholds of 'schoolnet hybrids'. CSV writes every change in one table (change, kind, \
            structure, school and other school with whole names, date); JSON holds every section.
            """
    )

    @Argument(help: "The landscape folder.")
    var landscape: String

    @Flag(
        help:
            "Load what can be loaded: a bad optional cell is left unknown, a row that cannot stand is skipped, each listed as a warning."
    )
    var lenient = false

    @Option(help: "The earlier date (YYYY-MM-DD).")
    var from: String

    @Option(help: "The later date (YYYY-MM-DD, or 'today').")
    var to: String

    @OptionGroup(title: "Scope") var scope: ScopeOptions

    @Option(help: "table, csv or json.")
    var format: TableFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var chatter: QuietOption

    func dates() throws -> (CalendarDate, CalendarDate) {
        let start = LandscapeOptions.parseDate(from)
        let end = LandscapeOptions.parseDate(to)
        guard let start else { throw ValidationError("--from takes a date as YYYY-MM-DD; got '\(from)'") }
        guard let end else { throw ValidationError("--to takes a date as YYYY-MM-DD or 'today'; got '\(to)'") }
        guard start < end else { throw ValidationError("--from must be before --to") }
        return (start, end)
    }

    func validate() throws { _ = try dates() }

    func run() throws {
        let (start, end) = try dates()
        var options = try LandscapeOptions.parse([landscape] + (lenient ? ["--lenient"] : []))
        options.at = nil
        let loaded = try scope.apply(to: options.load(default: .allRows).landscape)
        let change = LandscapeChange(loaded, from: start, to: end)
        var context = AnswerContext(scope: scope.caption)
        context.notes.append(
            "Changes from \(start) to \(end)" + (scope.caption.map { ", \($0)" } ?? "") + ": "
                + "what was active on \(start) compared with what was active on \(end).")
        var result = change.result(loaded, context: context)
        if format == .table {
            result = result.keeping(Set(result.sections.compactMap(\.name)).subtracting(["changes"]))
        }
        try Console.emit(result, format: format, table: format == .csv ? "changes" : nil, to: output)
    }
}
