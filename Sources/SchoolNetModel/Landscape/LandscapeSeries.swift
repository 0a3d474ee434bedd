/// The landscape year by year: the headline counts on the same day of every year the files
/// cover, one row a year, for a timeline (Gephi's timeline; statnet's `tsna`).
public enum LandscapeSeries {
    /// The same day as `last` in every year from the first the files record something starting
    /// or ending, up to `last` itself. Only `last` when the files record no date.
    ///
    /// - Complexity: O(structures + memberships + links).
    public static func yearly(_ landscape: Landscape, until last: CalendarDate) -> [CalendarDate] {
        guard let first = landscape.recordedDates?.lowerBound, first.year < last.year else {
            return [last]
        }
        return (first.year...last.year).compactMap { year in
            CalendarDate(
                year: year, month: last.month, day: min(last.day, CalendarDate.daysIn(month: last.month, year: year)))
        }
    }

    /// One row a day: schools, structures by kind, memberships, links, MATs by size band, and
    /// the school network's ties, components and density, each as ``LandscapeSummary`` counts
    /// them on that day.
    ///
    /// - Complexity: one ``LandscapeSummary`` a day.
    public static func result(_ landscape: Landscape, days: [CalendarDate], context: AnswerContext = AnswerContext())
        -> AnalysisResult
    {
        let rows = days.map { day in (day, LandscapeSummary(landscape.active(at: day))) }
        var columns: [ResultColumn<(CalendarDate, LandscapeSummary)>] = [
            ResultColumn("at", meaning: "The day.") { .date($0.0) },
            .count("schools", meaning: "Schools.") { $0.1.schools },
            .count("in_structure_or_link", meaning: "Schools in a structure or link that day.") {
                $0.1.connectedSchools
            },
            .count("structures", meaning: "Structures active that day.") { $0.1.structuresByKind.values.reduce(0, +) },
        ]
        for kind in StructureKind.allCases {
            columns.append(
                .count(kind.rawValue, label: kind.displayName, meaning: "Structures of the kind active that day.") {
                    $0.1.structuresByKind[kind] ?? 0
                })
        }
        columns += [
            .count("memberships", meaning: "Memberships active that day.") { $0.1.memberships },
            .count("links", meaning: "Links active that day.") { $0.1.linksByKind.values.reduce(0, +) },
        ]
        for band in TrustSizeBand.allCases {
            columns.append(
                .count("mat_\(band.rawValue)", meaning: "Trusts of \(band.range) academies that day.") {
                    $0.1.trustSizeBands[band] ?? 0
                })
        }
        columns += [
            .count("ties", meaning: "Ties of the school network over all layers.") { $0.1.ties },
            .count("components", meaning: "Its connected components.") { $0.1.components },
            .number("density", meaning: "Its density.") { $0.1.density },
        ]
        return AnalysisResult(context: context, sections: [.table(ResultTable("years", rows: rows, columns: columns))])
    }
}
