import ArgumentParser
import Foundation
import SchoolNetIO
import SchoolNetModel

/// The landscape a command reads, how strictly, and at which date.
struct LandscapeOptions: ParsableArguments {
    @Argument(
        help:
            "The landscape folder (schools.csv and optional structures.csv, memberships.csv, links.csv), a workbook (.xlsx) with sheets of those names, or a landscape JSON file from 'export --format json'."
    )
    var landscape: String

    @Flag(
        help:
            "Load what can be loaded: a bad optional cell is left unknown, a row that cannot stand is skipped, each listed as a warning."
    )
    var lenient = false

    @Option(help: "Analyse the landscape as it stood on this date (YYYY-MM-DD, or 'today').")
    var at: String?

    @Flag(
        help: ArgumentHelp(
            "Count every row whatever its dates (the files' whole history merged).",
            discussion:
                "Without --at or --all-dates an analysis describes the latest date on which the files record something starting or ending; validate, list and export read every row unless --at is given."
        ))
    var allDates = false

    @OptionGroup(title: "Scope") var scope: ScopeOptions

    @OptionGroup var chatter: QuietOption

    func validate() throws {
        if let at, at != "today", CalendarDate(iso: at) == nil {
            throw ValidationError("--at takes a date as YYYY-MM-DD or 'today'; got '\(at)'")
        }
        if at != nil && allDates { throw ValidationError("choose --at or --all-dates, not both") }
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

    /// How much of the traded services that ended before the date an answer reads.
    struct TradingHistory {
        /// nil: every one since the files begin.
        var years: Int?
    }

    /// What a command does without --at: take the landscape at its latest recorded date (every
    /// analysis), or keep every row (validation, export, listing).
    enum Default { case latestRecorded, allRows }

    /// A landscape as loaded for one answer: at its date, in scope, with what the answer says
    /// about itself.
    struct Loaded {
        let landscape: Landscape
        /// Every row, before the date and the scope were applied: other views of the same read.
        let full: Landscape
        let date: CalendarDate?
        let basis: DateBasis
        let scope: ScopeOptions
        /// What a reader must know about the date (outside the dates the files record; school
        /// attributes that carry no date).
        var dateNotes: [String] = []

        func context(layers: NetworkOptions? = nil) -> AnswerContext {
            AnswerContext(
                date: date, dateBasis: basis, scope: scope.caption, layers: layers?.chosenLayerNames, notes: dateNotes)
        }

        /// ` at 2022-09-01` for titles, or nothing.
        var atPhrase: String { date.map { " at \($0)" } ?? "" }

        /// The same landscape at the same date and scope, with the traded services that ended
        /// before the date kept (`tradingHistory`): the view alliance findings read.
        func view(tradingHistory: TradingHistory) throws -> Landscape {
            guard let date else { return landscape }
            return try scope.apply(to: full.active(at: date, tradingHistoryYears: tradingHistory.years))
        }
    }

    /// Reads the landscape, reports every problem on standard error, and exits with status 1
    /// when it cannot be used; then keeps the state at its date and the part in scope. With
    /// `tradingHistory`, traded services that ended before the date stay (all of them, or those
    /// of the given years): the history marketised evidence reads.
    func load(default rule: Default = .latestRecorded, tradingHistory: TradingHistory? = nil) throws -> Loaded {
        let mode: LoadMode = lenient ? .lenient : .strict
        let result = LandscapeLoader.load(path: landscape, mode: mode)
        Console.report(result.diagnostics)
        guard let loaded = result.landscape else { throw ExitStatus.invalidInput }
        let recorded = loaded.recordedDates
        let day: CalendarDate?
        let basis: DateBasis
        if let date {
            (day, basis) = (date, .given)
        } else if allDates || rule == .allRows {
            (day, basis) = (nil, .allDates)
        } else if let latest = recorded?.upperBound {
            (day, basis) = (latest, .latestRecorded)
        } else {
            (day, basis) = (nil, .noDates)
        }
        let dated =
            day.map { day in
                tradingHistory.map { loaded.active(at: day, tradingHistoryYears: $0.years) } ?? loaded.active(at: day)
            } ?? loaded
        var notes: [String] = result.leniencyNote.map { [$0] } ?? []
        if let day, basis == .given {
            if let recorded, day > recorded.upperBound {
                notes.append(
                    "The files record nothing after \(recorded.upperBound): the landscape as at \(day) is as it stood then."
                )
            }
            if let recorded, day < recorded.lowerBound {
                notes.append(
                    "The files record nothing before \(recorded.lowerBound): as at \(day), no structure or link has started."
                )
            }
            notes.append(
                "Ofsted grades, attainment, free-school-meal shares and pupils carry no date: they are as the files give them, whatever the date."
            )
        }
        var answer = Loaded(
            landscape: try scope.apply(to: dated, history: loaded, date: day), full: loaded, date: day, basis: basis,
            scope: scope)
        answer.dateNotes = notes
        return answer
    }
}
