/// The landscape year by year: the headline counts, coverage, pairing, cold spots and hybrid
/// forms on the same day of every year the files cover, one row a year, for a timeline
/// (Gephi's timeline; statnet's `tsna`).
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

    /// What the series reads on one day.
    struct Day {
        let day: CalendarDate
        let summary: LandscapeSummary
        /// Every area added together, with the default thresholds and support ties.
        let place: PlaceAnalysis.Area
        let hybrids: HybridStructures
    }

    /// One row a day: schools, structures by kind, memberships, links, MATs by size band, and
    /// the school network's ties, components and density, each as ``LandscapeSummary`` counts
    /// them on that day; then coverage, pairing and cold spots as ``PlaceAnalysis`` totals them
    /// with the given thresholds and ties (insufficient data where fewer than half the schools
    /// have what it needs), and hybrid leads and pairs as ``HybridStructures`` finds them.
    ///
    /// - Complexity: one ``LandscapeSummary``, ``PlaceAnalysis`` and ``HybridStructures`` a day.
    public static func result(
        _ landscape: Landscape, days: [CalendarDate], thresholds: PlaceThresholds = PlaceThresholds(),
        ties: PairingTies = .support, context: AnswerContext = AnswerContext()
    ) -> AnalysisResult {
        let rows = days.map { day in
            let active = landscape.active(at: day)
            return Day(
                day: day, summary: LandscapeSummary(active),
                place: PlaceAnalysis(active, thresholds: thresholds, ties: ties).total,
                hybrids: HybridStructures(active))
        }
        var columns: [ResultColumn<Day>] = [
            ResultColumn("at", meaning: "The day.") { .date($0.day) },
            .count("schools", meaning: "Schools.") { $0.summary.schools },
            .count("in_structure_or_link", meaning: "Schools in a structure or link that day.") {
                $0.summary.connectedSchools
            },
            .count("structures", meaning: "Structures active that day.") {
                $0.summary.structuresByKind.values.reduce(0, +)
            },
        ]
        for kind in StructureKind.allCases {
            columns.append(
                .count(kind.rawValue, label: kind.displayName, meaning: "Structures of the kind active that day.") {
                    $0.summary.structuresByKind[kind] ?? 0
                })
        }
        columns += [
            .count("memberships", meaning: "Memberships active that day.") { $0.summary.memberships },
            .count("links", meaning: "Links active that day.") { $0.summary.linksByKind.values.reduce(0, +) },
        ]
        for band in TrustSizeBand.allCases {
            columns.append(
                .count("mat_\(band.rawValue)", meaning: "Trusts of \(band.range) academies that day.") {
                    $0.summary.trustSizeBands[band] ?? 0
                })
        }
        columns += [
            .count("ties", meaning: "Ties of the school network over all layers.") { $0.summary.ties },
            .count("components", meaning: "Its connected components.") { $0.summary.components },
            .number("density", meaning: "Its density.") { $0.summary.density },
            .number("coverage", meaning: "Share of schools in at least one structure.", unit: "share 0 to 1") {
                $0.place.coverage
            },
            ResultColumn(
                "pairing",
                meaning:
                    "Share of low performers that a high performer reaches by the ties counted (by default support: a support link, or a shared trust or federation); insufficient data where fewer than half the schools have an Ofsted grade.",
                unit: "share 0 to 1", numeric: true
            ) { $0.place.canJudgePerformance ? .number($0.place.pairing) : .insufficientData },
            ResultColumn(
                "cold_spots",
                meaning:
                    "Low-performing or disadvantaged schools that no high performer reaches by the ties counted; insufficient data where fewer than half have a grade or a free-school-meal share.",
                numeric: true
            ) { $0.place.canJudgeColdSpots ? .count($0.place.coldSpots) : .insufficientData },
            .count("hybrid_leads", meaning: "Schools that lead structures of more than one kind.") {
                $0.hybrids.leads.count
            },
            .count("hybrid_pairs", meaning: "Pairs of structures of different kinds with largely the same members.") {
                $0.hybrids.pairs.count
            },
        ]
        return AnalysisResult(context: context, sections: [.table(ResultTable("years", rows: rows, columns: columns))])
    }
}
