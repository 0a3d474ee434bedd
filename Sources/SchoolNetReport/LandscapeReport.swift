import Foundation
import SchoolNetGraph
import SchoolNetIO
import SchoolNetModel
import SchoolNetRender

/// One self-contained HTML page about a landscape: its date and key findings first
/// , then the summary, three diagrams inline as SVG to pan, zoom, search and
/// click, what changed in the year and year by year, the top brokers,
/// overlap and hybrid tables, alliance findings with their evidence, place and equity tables,
/// and small charts. It loads nothing from anywhere (a Content-Security-Policy forbids it); its
/// one script sorts tables and drives the explorer. Every table comes from the same typed result
/// a command prints, rendered by the shared renderers, and each section shows how to reproduce
/// it (``ReportOptions/reproduce``).
///
/// - Complexity: that of the analyses it runs: metrics (betweenness O(nm)), overlap, hybrids,
///   patterns, place, plus the Graphviz layouts.
public enum LandscapeReport {
    public static func make(_ landscape: Landscape, options: ReportOptions) throws -> String {
        var page = ReportPage(landscape: landscape, options: options)
        try page.build()
        return page.document
    }
}

/// Builds the report's sections in order. Every table and figure comes from the result the
/// matching command prints, rendered by ``ResultHTML``.
struct ReportPage {
    let landscape: Landscape
    let options: ReportOptions
    var sections: [(id: String, title: String, body: [HTML])] = []
    /// What the sections could not judge, by section, for the note under the heading.
    var unjudged: [(section: String, title: String, note: String)] = []
    /// The key findings the page opens with.
    var headline: [HTML] = []
    /// What the explorer's cards and search read.
    var explorer: JSONValue = .null

    init(landscape: Landscape, options: ReportOptions) {
        self.landscape = landscape
        self.options = options
    }

    /// How to reproduce a part of the page, as the caller words it; nothing when it gave no way.
    func reproduce(_ step: ReportStep) -> [HTML] {
        guard let text = options.reproduce?(step) else { return [] }
        return [.el("code", [("class", "cmd")], text: text)]
    }

    func note(_ text: String) -> HTML { .el("p", [("class", "note")], text: text) }

    /// A result's notes for its section, kept for the note under the page's heading too.
    mutating func notes(_ result: AnalysisResult, _ section: String, _ title: String) -> [HTML] {
        for text in result.context.notes where !unjudged.contains(where: { $0.note == text }) {
            unjudged.append((section, title, text))
        }
        return ResultHTML.notes(result.context)
    }

    mutating func build() throws {
        let progress = options.progress
        let network = SchoolNetwork(landscape, selection: options.selection)
        let metrics = SchoolMetrics(network, progress: progress)
        let metricsResult = metrics.result(network, context: options.context)
        progress?.begin("report: summary, place, hybrids and findings", total: 0)
        let summary = LandscapeSummary(landscape).result(context: options.context)
        let place = PlaceAnalysis(
            landscape, thresholds: options.placeThresholds, selection: options.selection, ties: options.ties
        ).result(landscape, context: options.context)
        let hybrids = HybridStructures(landscape).result(landscape, context: options.context)
        let findings = FindingsResult.make(
            AlliancePatterns.findings(options.findingsLandscape ?? landscape, thresholds: options.patternThresholds),
            thresholds: options.patternThresholds, landscape: landscape, context: options.context)
        let change = ReportChanges(options: options)

        addSummary(summary)
        progress?.begin("report: diagrams", total: 0)
        try addDiagrams(metrics: metrics, network: network)
        progress?.begin("report: tables", total: 0)
        if let change { addChanges(change) }
        addBrokers(metricsResult)
        addOverlap(OverlapResult.make(landscape, views: ["kinds", "pairs"], context: options.context))
        addHybrids(hybrids)
        addFindings(findings)
        addPlace(place)
        headline = ReportHeadline.findings(
            summary: summary, place: place, findings: findings, hybrids: hybrids, brokers: topBrokers(metricsResult),
            change: change, basis: options.context.dateBasis, ties: options.ties, layers: options.context.layers,
            leadsRecorded: landscape.structures.contains { $0.lead != nil }
                || landscape.memberships.contains { $0.role == .lead },
            supportLinksRecorded: (options.history ?? landscape).links.contains {
                [.nleSupport, .lleSupport, .sleSupport].contains($0.kind)
            },
            sections: Dictionary(uniqueKeysWithValues: sections.map { ($0.id, $0.title) }))
        explorer = ReportExplorer.data(
            landscape: landscape, metrics: metricsResult, place: place, reproduce: options.reproduce)
    }

    // MARK: Sections

    mutating func addSummary(_ result: AnalysisResult) {
        guard let figures = result.figures(nil) else { return }
        func card(_ key: String, _ label: String) -> HTML? {
            guard let value = figures.value(key) else { return nil }
            return .el(
                "div", [("class", "card")],
                [
                    .el("div", [("class", "value")], text: ResultHTML.text(value)),
                    .el("div", [("class", "label")], text: label),
                ])
        }
        let cards = [
            card("schools", "schools"), card("schoolsInStructureOrLink", "in a structure or link"),
            card("structureCount", "structures"),
            card("memberships", "memberships"), card("linkCount", "links"), card("ties", "ties between schools"),
            card("components", "components"), card("isolatedSchools", "isolated schools"),
        ].compactMap { $0 }
        let bands = figures.figures.filter { $0.key.hasPrefix("matSizeBands/") }.map { figure in
            SVGChart.Bar(
                label: figure.label, value: figure.value?.numeric ?? 0, text: figure.value.map(ResultHTML.text) ?? "")
        }
        sections.append(
            (
                "summary", "Summary",
                reproduce(.summary) + notes(result, "summary", "Summary") + [
                    .el("div", [("class", "cards")], cards),
                    ResultHTML.listing(figures),
                    .el("h3", text: "Multi-academy trusts by size"),
                    .el(
                        "figure", [],
                        [
                            .trusted(SVGChart.bars(bands, title: "Multi-academy trusts per size band (academies)")),
                            .el(
                                "figcaption",
                                text:
                                    "Trusts per size band (the DfE's bands), by each trust's number of academies: the register's count where the files give one (an academies column), else its member schools in the files."
                            ),
                        ]),
                ]
            ))
    }

    /// The schools with the highest betweenness, above zero, ties broken by URN.
    func topBrokers(_ result: AnalysisResult) -> ResultTable? {
        guard let schools = result.table("schools"), let b = schools.position(of: "betweenness"),
            let u = schools.position(of: "urn")
        else { return nil }
        return
            schools
            .filtered { ($0[b].numeric ?? 0) > 0 }
            .sorted { x, y in
                let (p, q) = (x[b].numeric ?? 0, y[b].numeric ?? 0)
                return p != q ? p > q : (x[u].identifier ?? "") < (y[u].identifier ?? "")
            }
            .prefix(options.topBrokers)
            .selecting(["urn", "name", "betweenness", "degree", "constraint", "effective_size"])
    }

    mutating func addBrokers(_ result: AnalysisResult) {
        guard let top = topBrokers(result) else { return }
        sections.append(
            (
                "brokers", "Top brokers",
                [
                    .el(
                        "p",
                        text:
                            "The schools most often on the shortest paths between others (betweenness, normalised as NetworkX does), with Burt's constraint (low: ties into otherwise separate groups) and effective size."
                    )
                ] + reproduce(.metrics) + notes(result, "brokers", "Top brokers") + [
                    top.rows.isEmpty ? note("No school lies between two others.") : ResultHTML.table(top)
                ]
            ))
    }

    mutating func addOverlap(_ result: AnalysisResult) {
        var body: [HTML] = [.el("h3", text: "Kind by kind")] + reproduce(.overlap(view: "kinds"))
        if let kinds = result.table("kinds"), !kinds.rows.isEmpty {
            let labels = kinds.rows.map { ResultHTML.text($0[0]) }
            let heatmap = SVGChart.heatmap(
                labels: labels, values: kinds.rows.map { row in row.dropFirst(2).map(\.numeric) },
                title: "Share of the schools in one kind of structure that are also in another",
                rowHeading: "schools in a structure of this kind…", columnHeading: "…also in one of this kind")
            body.append(
                .el(
                    "figure", [],
                    [
                        .trusted(heatmap),
                        .el(
                            "figcaption",
                            text:
                                "Row kind, column kind: the share of schools in any structure of the row's kind that are also in one of the column's kind; on the diagonal, the share in two or more of that kind."
                        ),
                    ]))
        } else {
            body.append(note("No structures."))
        }
        body += [.el("h3", text: "Pairs of structures that share schools")] + reproduce(.overlap(view: "pairs"))
        if let pairs = result.table("pairs"), let s = pairs.position(of: "shared"), !pairs.rows.isEmpty {
            let sorted = pairs.sorted { x, y in
                let (p, q) = (x[s].numeric ?? 0, y[s].numeric ?? 0)
                return p != q
                    ? p > q
                    : (x[0].identifier ?? "", x[1].identifier ?? "") < (y[0].identifier ?? "", y[1].identifier ?? "")
            }
            body += limited(sorted)
        } else {
            body.append(note("No two structures share a school."))
        }
        let sectionNotes = notes(result, "overlap", "Overlap")
        sections.append(("overlap", "Overlap", sectionNotes + body))
    }

    mutating func addHybrids(_ result: AnalysisResult) {
        var body = reproduce(.hybrids)
        if let thresholds = result.context.parameters { body.append(ResultHTML.parameters(thresholds)) }
        for (name, heading, empty) in [
            ("leads", "Schools that lead structures of more than one kind", "None."),
            ("pairs", "Structures of different kinds with largely the same members", "None."),
            ("fragmentation", "Fragmentation by local authority", "No school has a local authority."),
        ] {
            body.append(.el("h3", text: heading))
            if let table = result.table(name), !table.rows.isEmpty {
                body += limited(table)
            } else {
                body.append(note(empty))
            }
        }
        let sectionNotes = notes(result, "hybrids", "Hybrid structures")
        sections.append(("hybrids", "Hybrid structures", sectionNotes + body))
    }

    mutating func addFindings(_ result: AnalysisResult) {
        guard let findings = result.table("findings"), let v = findings.position(of: "verdict") else { return }
        let found = findings.filtered { $0[v] == .text(Verdict.yes.rawValue) }.selecting([
            "structure", "scope", "pattern", "score", "evidence",
        ])
        let judged = findings.filtered { $0[v] != .text(Verdict.insufficientData.rawValue) }.rows.count
        var body: [HTML] = [
            .el(
                "p",
                text:
                    "Hierarchical (a lead that supports its members and sits at the centre), exclusive (high performers tied mostly to each other) and marketised (a lead that sells services beyond its members) alliances, each with the evidence the verdict rests on. \(found.rows.count) finding\(found.rows.count == 1 ? "" : "s") among \(judged) judgements with enough data."
            )
        ]
        body += reproduce(.patterns)
        let none: String
        if findings.rows.isEmpty {
            none = "No structure has a lead, so no alliance pattern can be judged."
            if result.context.notes.isEmpty {
                unjudged.append(
                    ("findings", "Alliance findings", "no structure has a lead, so no alliance pattern can be judged."))
            }
        } else if judged == 0 {
            none =
                "No alliance could be judged: every judgement lacked the members, ties or attainment it needs "
                + "(the command lists each with what it lacked)."
            unjudged.append(
                (
                    "findings", "Alliance findings",
                    "no alliance could be judged: every judgement lacked the members, ties or attainment it needs."
                ))
        } else {
            none = "No alliance shows any of the three patterns among the \(judged) judgements with enough data."
        }
        // With no judgement at all, the analysis's own note already says why.
        let saidAlready = findings.rows.isEmpty && !result.context.notes.isEmpty
        body += found.rows.isEmpty ? (saidAlready ? [] : [note(none)]) : limited(found)
        let sectionNotes = notes(result, "findings", "Alliance findings")
        sections.append(("findings", "Alliance findings", sectionNotes + body))
    }

    mutating func addPlace(_ result: AnalysisResult) {
        var body: [HTML] = [
            .el(
                "p",
                text:
                    "Coverage is the share of an authority's schools in at least one structure; pairing the share of its low-performing schools that support reaches from a high performer (a support link from one, or a trust or federation shared with one); a cold spot a low-performing or disadvantaged school that no such support reaches. The columns ending in 'any tie' count every tie instead, a shared cluster, hub or partnership included."
            )
        ]
        if let thresholds = result.context.parameters { body.append(ResultHTML.parameters(thresholds)) }
        if let total = result.table("total") {
            body +=
                [.el("h3", text: "All schools together")] + reproduce(.place(view: "total")) + [ResultHTML.table(total)]
        }
        body += [.el("h3", text: "Coverage by local authority")] + reproduce(.place(view: "areas"))
        if let areas = result.table("areas"), let c = areas.position(of: "coverage"),
            let n = areas.position(of: "schools"), !areas.rows.isEmpty
        {
            let bars = areas.rows.prefix(40).map { row in
                let coverage = row[c].numeric ?? .nan
                return SVGChart.Bar(
                    label: ResultHTML.text(row[0]), value: coverage.isNaN ? 0 : coverage,
                    text: coverage.isNaN ? "–" : "\(Int((coverage * 100).rounded()))% of \(ResultHTML.text(row[n]))")
            }
            body.append(
                .el(
                    "figure", [],
                    [
                        .trusted(
                            SVGChart.bars(
                                bars, title: "Share of schools in at least one structure, by local authority",
                                maximum: 1, colour: "#009E73")),
                        .el(
                            "figcaption",
                            text: areas.rows.count > 40
                                ? "The first 40 of \(areas.rows.count) authorities; the table lists all."
                                : "Share of schools in at least one structure."),
                    ]))
            body += limited(areas)
        } else {
            body.append(note("No school has a local authority."))
        }
        for (name, heading, empty) in [
            (
                "cold-spots", "Cold spots",
                result.context.notes.isEmpty
                    ? "None." : "None among the schools that could be judged (see the notes above)."
            ),
            ("spread", "How far structures spread", "No structure has members with coordinates."),
        ] {
            body += [.el("h3", text: heading)] + reproduce(.place(view: name))
            if let table = result.table(name), !table.rows.isEmpty {
                body += limited(table)
            } else {
                body.append(note(empty))
            }
        }
        body += proposedSupport()
        let sectionNotes = notes(result, "place", "Place and equity")
        sections.append(("place", "Place and equity", sectionNotes + body))
    }

    /// The cold spots' proposed supporters (`SupportMatching` with the report's thresholds and
    /// ties, the command's other defaults): the proposals with their cost and evidence, and the
    /// schools left unmatched with the reason.
    func proposedSupport() -> [HTML] {
        var matchOptions = SupportMatching.Options()
        matchOptions.thresholds = options.placeThresholds
        matchOptions.ties = options.ties
        let matching = SupportMatching(landscape, options: matchOptions)
        let result = matching.result(landscape, context: options.context)
        var body: [HTML] = [.el("h3", text: "Proposed support for the cold spots")] + reproduce(.match)
        guard !matching.needy.isEmpty else { return body + [note("No school needs support by this rule.")] }
        body.append(
            note(
                "Proposals to discuss, not verdicts: a high performer of the same phase, not supporting the school already (a shared cluster or hub does not count), "
                    + "with capacity for \(matchOptions.capacity) (less the support it gives already), chosen so that as many "
                    + "schools as possible are matched at the least total cost of distance and difference in context."))
        if let proposals = result.table("proposals"), !proposals.rows.isEmpty {
            body += limited(proposals)
        } else {
            body.append(note("No supporter could be proposed."))
        }
        if let unmatched = result.table("unmatched"), !unmatched.rows.isEmpty {
            body += [.el("h4", text: "Not matched")] + limited(unmatched)
        }
        return body
    }

    /// A table cut to the most rows a table shows, with a note saying how many were left out.
    func limited(_ table: ResultTable) -> [HTML] {
        guard table.rows.count > options.maximumRows else { return [ResultHTML.table(table)] }
        return [
            ResultHTML.table(table.prefix(options.maximumRows)),
            note("Showing \(options.maximumRows) of \(table.rows.count) rows; the command lists them all."),
        ]
    }

    // MARK: The page

    /// The choices that differ from the defaults, in one sentence, so that no figure on the
    /// first screen is read as the default view when it is not; nil when there are none.
    var choicesLine: String? {
        var parts: [String] = []
        if let layers = options.context.layers { parts.append("layers \(layers.joined(separator: ", "))") }
        if options.selection.projection != NetworkSelection().projection {
            parts.append("projection \(options.selection.projection.rawValue)")
        }
        if options.ties != .support { parts.append("pairing by \(options.ties.rawValue) tie") }
        let place = options.placeThresholds
        let standard = PlaceThresholds()
        if place.lowGrades != standard.lowGrades {
            parts.append("low grades \(place.lowGrades.map(\.rawValue).sorted().joined(separator: ", "))")
        }
        if place.highGrades != standard.highGrades {
            parts.append("high grades \(place.highGrades.map(\.rawValue).sorted().joined(separator: ", "))")
        }
        if place.disadvantage != standard.disadvantage {
            parts.append("disadvantaged from \(ResultText.setting(.number(place.disadvantage)))")
        }
        let changed = PatternThresholds.names.filter {
            options.patternThresholds.value($0) != PatternThresholds().value($0)
        }
        for name in changed {
            parts.append("\(name) \(ResultText.setting(.number(options.patternThresholds.value(name))))")
        }
        if let colour = options.colourBy { parts.append("colour by \(colour)") }
        return parts.isEmpty ? nil : "Chosen for this report: " + parts.joined(separator: "; ") + "."
    }

    var document: String {
        let navigation = HTML.el(
            "nav", [("aria-label", "Contents")],
            [
                .el(
                    "ol", [],
                    sections.map { section in
                        .el("li", [], [.el("a", [("href", "#\(section.id)")], text: section.title)])
                    })
            ])
        var main: [HTML] = [.el("h1", text: options.title)]
        if let heading = options.context.heading { main.append(.el("p", [("class", "lede as-at")], text: heading)) }
        main += [
            .el(
                "p", [("class", "lede")],
                text:
                    ReportHeadline.schools(landscape.schools.count, "school") + ", "
                    + ReportHeadline.schools(landscape.structures.count, "structure") + ", "
                    + ReportHeadline.schools(landscape.links.count, "link") + "."
                    + (options.reproduce == nil ? "" : " Every table below is printed by the command shown with it."))
        ]
        if let source = options.dataSource { main.append(.el("p", [("class", "lede")], text: source)) }
        if let choices = choicesLine {
            main.append(.el("p", [("class", "lede choices")], text: choices))
        }
        if !headline.isEmpty {
            main.append(
                .el(
                    "section", [("id", "key-findings"), ("aria-label", "Key findings")],
                    [.el("h2", text: "Key findings"), .el("ul", [("class", "findings")], headline)]))
        }
        main.append(
            .el(
                "div", [("id", "finder"), ("role", "search"), ("hidden", "")],
                [
                    .el("label", [("for", "find")], text: "Find a school or structure"),
                    .el(
                        "input",
                        [
                            ("id", "find"), ("type", "search"), ("list", "find-names"), ("autocomplete", "off"),
                            ("placeholder", "Name or URN, then Enter"),
                        ]),
                    .el("datalist", [("id", "find-names")], []),
                    .el("div", [("id", "find-results"), ("aria-live", "polite")], []),
                ]))
        if !unjudged.isEmpty {
            main.append(
                .el(
                    "aside", [("class", "unjudged"), ("aria-label", "What this report could not judge")],
                    [
                        .el("h2", text: "What this report could not judge"),
                        .el(
                            "ul", [],
                            unjudged.map { item in
                                .el(
                                    "li", [],
                                    [
                                        .el("a", [("href", "#\(item.section)")], text: item.title),
                                        .text(": \(item.note)"),
                                    ])
                            }),
                    ]))
        }
        main.append(navigation)
        for section in sections {
            main.append(.el("section", [("id", section.id)], [.el("h2", text: section.title)] + section.body))
        }
        main.append(
            .el(
                "footer", [],
                [
                    .el(
                        "p",
                        text: "Made by \(Release.name) from \(options.source)"
                            + (options.context.date.map { ", describing the landscape as at \($0)" } ?? "")
                            + ". Diagrams laid out by Graphviz.")
                ] + (options.dataSource.map { [.el("p", text: $0)] } ?? [])))
        let page = HTML.el(
            "html", [("lang", "en-GB")],
            [
                .el(
                    "head", [],
                    [
                        .el("meta", [("charset", "utf-8")]),
                        .el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
                        .el(
                            "meta",
                            [
                                ("http-equiv", "Content-Security-Policy"),
                                (
                                    "content",
                                    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
                                ),
                            ]),
                        .el("title", text: options.title),
                        .el("style", [], [.trusted(ReportAssets.css)]),
                    ]),
                .el(
                    "body", [],
                    [
                        .el("main", [], main),
                        .el(
                            "aside", [("id", "card"), ("hidden", ""), ("aria-live", "polite"), ("aria-label", "Card")],
                            []),
                        .el(
                            "script", [("type", "application/json"), ("id", "explorer-data")],
                            [.trusted(ReportExplorer.embedded(explorer))]),
                        .el("script", [], [.trusted(ReportAssets.script)]),
                    ]),
            ])
        return "<!DOCTYPE html>\n" + page.rendered + "\n"
    }
}
