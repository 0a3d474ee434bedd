import SchoolNetModel
import SchoolNetRender

/// What changed in the year before the report's date, and the landscape year by year: the
/// same results `schoolnet diff` and `schoolnet summary --every year` print.
struct ReportChanges {
    let from: CalendarDate
    let to: CalendarDate
    /// The changes (``LandscapeChange``) as a result.
    let result: AnalysisResult
    /// One row a year (``LandscapeSeries``).
    let series: AnalysisResult

    /// Nil when the report has no date or no history to compare with.
    init?(options: ReportOptions) {
        guard let history = options.history, let to = options.context.date else { return nil }
        let year = to.year - 1
        guard
            let from = CalendarDate(
                year: year, month: to.month, day: min(to.day, CalendarDate.daysIn(month: to.month, year: year)))
        else { return nil }
        self.from = from
        self.to = to
        recordsLinks = !history.links.isEmpty
        var context = AnswerContext(scope: options.context.scope)
        context.notes = []
        result = LandscapeChange(history, from: from, to: to).result(history, context: context)
        series = LandscapeSeries.result(
            history, days: LandscapeSeries.yearly(history, until: to), thresholds: options.placeThresholds,
            ties: options.ties, context: context)
    }

    /// Whether the files record any link at all, whatever its dates.
    let recordsLinks: Bool

    /// How many rows a table of the change holds.
    func count(_ table: String) -> Int { result.table(table)?.rows.count ?? 0 }

    /// The year's changes in words, one phrase per kind of change: "2 structures formed", …; the
    /// links' phrase says when the files record none.
    var phrases: [String] {
        func phrase(_ table: String, _ one: String, _ many: String) -> String {
            let n = count(table)
            return "\(n) \(n == 1 ? one : many)"
        }
        return [
            phrase("formed", "structure formed", "structures formed"), phrase("dissolved", "dissolved", "dissolved"),
            phrase("joins", "school joined a structure", "schools joined a structure"),
            phrase("leaves", "school left a structure", "schools left a structure"),
        ]
            + (recordsLinks
                ? [phrase("links_started", "link started", "links started"), phrase("links_ended", "ended", "ended")]
                : ["the files record no links"])
    }
}

extension ReportPage {
    mutating func addChanges(_ change: ReportChanges) {
        var body: [HTML] = [
            .el(
                "p",
                text:
                    "From \(change.from) to \(change.to): \(change.phrases.joined(separator: ", ")). A school that joins or leaves two structures counts twice."
            )
        ]
        body += reproduce(.changes(from: change.from, to: change.to))
        if let changes = change.result.table("changes"), !changes.rows.isEmpty {
            body += limited(changes)
        } else {
            body.append(note("Nothing started or ended in that year."))
        }
        body += [.el("h3", text: "Year by year")] + reproduce(.series)
        if let years = change.series.table("years"), years.rows.count > 1 {
            let kinds = StructureKind.allCases.filter { years.position(of: $0.rawValue) != nil }
            let columns = years.rows.map { row in
                (
                    label: { if case .date(let day) = row[0] { String(day.year) } else { ResultHTML.text(row[0]) } }(),
                    values: kinds.map { row[years.position(of: $0.rawValue)!].numeric ?? 0 }
                )
            }
            body.append(
                .el(
                    "figure", [],
                    [
                        .trusted(
                            SVGChart.stackedColumns(
                                columns,
                                series: kinds.map {
                                    SVGChart.Series(name: $0.displayName, colour: DiagramStyle.hub($0).border)
                                }, title: "Structures active each year, by kind")),
                        .el(
                            "figcaption",
                            text:
                                "Structures active each year on the day and month of \(change.to), by kind; the number above a column is the total."
                        ),
                    ]))
            body += limited(years)
        } else {
            body.append(note("The files record only one year, so there is no series to draw."))
        }
        sections.append(("changes", "What changed", body))
    }
}
