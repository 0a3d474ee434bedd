import ArgumentParser
import Foundation
import SchoolNetIO
import SchoolNetModel

/// The landscape a command reads, how strictly, and at which date.
struct LandscapeOptions: ParsableArguments {
    @Argument(
        help:
            "The landscape folder (schools.csv and optional structures.csv, memberships.csv, links.csv), or a landscape JSON file from 'export --format json'."
    )
    var landscape: String

    @Flag(help: "Load what can be loaded: skip rows with problems and list each one as a warning.")
    var lenient = false

    @Option(help: "Analyse the landscape as it stood on this date (YYYY-MM-DD, or 'today').")
    var at: String?

    @OptionGroup(title: "Scope") var scope: ScopeOptions

    func validate() throws {
        if let at, at != "today", CalendarDate(iso: at) == nil {
            throw ValidationError("--at takes a date as YYYY-MM-DD or 'today'; got '\(at)'")
        }
    }

    /// The date of `--at`, if given.
    var date: CalendarDate? { at.flatMap(Self.parseDate) }

    /// A date as YYYY-MM-DD, or today's for "today".
    static func parseDate(_ text: String) -> CalendarDate? {
        if text == "today" {
            let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
            return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)
        }
        return CalendarDate(iso: text)
    }

    /// What every answer of this command says about itself: the date and the scope.
    func context(layers: NetworkOptions? = nil) -> AnswerContext {
        AnswerContext(date: date, scope: scope.caption, layers: layers?.chosenLayerNames)
    }

    /// Reads the landscape, reports every problem on standard error, and exits with status 1
    /// when it cannot be used; then keeps the state at `--at` and the part in scope.
    func load() throws -> Landscape {
        let mode: LoadMode = lenient ? .lenient : .strict
        let result = LandscapeLoader.load(path: landscape, mode: mode)
        Console.report(result.diagnostics)
        guard let loaded = result.landscape else { throw ExitStatus.invalidInput }
        return try scope.apply(to: date.map { loaded.active(at: $0) } ?? loaded)
    }
}
