import Foundation
import SchoolNetIO
import SchoolNetModel
import SchoolNetRender

/// One self-contained HTML page about a landscape: its diagrams inline as SVG, the summary,
/// the top brokers, overlap and hybrid tables, alliance findings with their evidence, place and
/// equity tables, and small charts. It loads nothing from anywhere (a Content-Security-Policy
/// forbids it); its only script sorts tables. Every number is one a `schoolnet` command prints,
/// and each section shows that command.
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

/// Builds the report's sections in order.
private struct ReportPage {
    let landscape: Landscape
    let options: ReportOptions
    var sections: [(id: String, title: String, body: [HTML])] = []

    init(landscape: Landscape, options: ReportOptions) {
        self.landscape = landscape
        self.options = options
    }

    /// The command that prints a section's numbers.
    func command(_ name: String, _ arguments: String = "") -> HTML {
        let line = ["schoolnet", name, ShellWord.quoted(options.landscapeArgument), arguments, options.commonArguments]
            .filter { !$0.isEmpty }.joined(separator: " ")
        return .el("code", [("class", "cmd")], text: line)
    }

    func name(_ urn: URN) -> String { landscape.school(urn)?.name ?? urn.rawValue }
    func structureName(_ id: String) -> String { landscape.structure(id)?.displayName ?? id }

    mutating func build() throws {
        let summary = LandscapeSummary(landscape)
        let network = SchoolNetwork(landscape)
        let metrics = SchoolMetrics(network, measures: [.degree, .betweenness, .constraint, .effectiveSize])
        addSummary(summary)
        try addDiagrams(metrics: metrics, network: network)
        addBrokers(metrics: metrics, network: network)
        addOverlap()
        addHybrids()
        addFindings()
        addPlace()
    }

    // MARK: Sections

    mutating func addSummary(_ s: LandscapeSummary) {
        func card(_ value: String, _ label: String) -> HTML {
            .el("div", [("class", "card")], [.el("div", [("class", "value")], text: value), .el("div", [("class", "label")], text: label)])
        }
        let cards: [HTML] = [
            card(String(s.schools), "schools"),
            card(String(s.connectedSchools), "in a structure or link"),
            card(String(s.structuresByKind.values.reduce(0, +)), "structures"),
            card(String(s.memberships), "memberships"),
            card(String(s.linksByKind.values.reduce(0, +)), "links"),
            card(String(s.ties), "ties between schools"),
            card(String(s.components), "components"),
            card(String(s.isolatedSchools), "isolated schools"),
        ]
        var table = ReportTable([.init(name: "measure"), .init(name: "value", numeric: true)])
        for kind in StructureKind.allCases { if let n = s.structuresByKind[kind] { table.rows.append([.text("structures: \(kind.displayName)"), .count(n)]) } }
        for kind in LinkKind.allCases { if let n = s.linksByKind[kind] { table.rows.append([.text("links: \(kind.displayName)"), .count(n)]) } }
        table.rows += [
            [.text("largest component (schools)"), .count(s.largestComponent)],
            [.text("density"), .number(s.density)],
            [.text("transitivity"), .number(s.transitivity)],
            [.text("average clustering"), .number(s.averageClustering)],
            [.text("degree centralization"), .number(s.degreeCentralization)],
        ]
        for (attribute, value) in s.assortativity { table.rows.append([.text("assortativity by \(attribute)"), .number(value)]) }
        let bands = TrustSizeBand.allCases.map { band in
            SVGChart.Bar(label: "\(band.rawValue) (\(band.range))", value: Double(s.trustSizeBands[band] ?? 0), text: String(s.trustSizeBands[band] ?? 0))
        }
        sections.append(("summary", "Summary", [
            command("summary"),
            .el("div", [("class", "cards")], cards),
            table.html,
            .el("h3", text: "Multi-academy trusts by size"),
            .el("figure", [], [
                .trusted(SVGChart.bars(bands, title: "Multi-academy trusts per size band (academies)")),
                .el("figcaption", text: "Trusts per size band, counting each trust's distinct member schools (the DfE's bands)."),
            ]),
        ]))
    }

    mutating func addDiagrams(metrics: SchoolMetrics, network: SchoolNetwork) throws {
        var body: [HTML] = []
        let nodes = landscape.schools.count + landscape.structures.count
        guard nodes <= options.maximumDiagramNodes else {
            sections.append(("diagrams", "Diagrams", [.el("p", [("class", "note")], text:
                "\(nodes) schools and structures are more than a page can show (\(options.maximumDiagramNodes)); draw one local authority with the command below."),
                command("render", "--la NAME -o la.svg")]))
            return
        }
        let labelled = landscape.schools.count > 300 ? 50 : nil
        var overview = DiagramOptions(title: options.title, source: nil)
        overview.labelledSchools = labelled
        body += [
            .el("h3", text: "The whole landscape"),
            command("render", "-o landscape.svg" + (labelled == nil ? "" : " --labels 50")),
            try figure(LandscapeDiagram.make(landscape, options: overview), engine: .automatic(nodeCount: nodes),
                       caption: "Each school is a node in the shape of its phase; each trust, federation, alliance or cluster is drawn once, as a hub its members attach to. Hover over a node for its details; click the diagram to see it at full size."),
        ]
        if landscape.schools.contains(where: { $0.location != nil }) {
            var map = DiagramOptions(title: options.title + ": map", source: nil)
            map.geographic = true
            map.colouring = NodeColouring.make(by: "ofsted", schools: landscape.schools)
            map.sizing = NodeSizing(.betweenness, from: metrics, of: network)
            map.labelledSchools = 25
            body += [
                .el("h3", text: "Map"),
                command("render", "--engine geographic --colour-by ofsted --size-by betweenness --labels 25 -o map.svg"),
                try figure(LandscapeDiagram.make(landscape, options: map), engine: .geographic,
                           caption: "Schools at their coordinates, coloured by Ofsted grade and sized by betweenness; each structure sits at the centre of its members. Click to see it at full size."),
            ]
        }
        sections.append(("diagrams", "Diagrams", body))
    }

    private func figure(_ graph: DOTGraph, engine: LayoutEngine, caption: String) throws -> HTML {
        let output = try GraphvizRenderer.shared.render(dot: DOTEncoder.encode(graph), engine: engine, formats: [.svg])
        let svg = InlineSVG.prepare(String(decoding: output.files[.svg] ?? [], as: UTF8.self), prefix: "d\(sections.count)-\(engine.rawValue)-")
        return .el("figure", [("class", "diagram")], [.trusted(svg), .el("figcaption", text: caption)])
    }

    mutating func addBrokers(metrics: SchoolMetrics, network: SchoolNetwork) {
        let betweenness = metrics.values[.betweenness]!.values
        let order = network.schools.indices.sorted { (betweenness[$0], network.schools[$1].urn) > (betweenness[$1], network.schools[$0].urn) }
        var table = ReportTable([
            .init(name: "URN"), .init(name: "school"), .init(name: "local authority"),
            .init(name: "betweenness", numeric: true), .init(name: "degree", numeric: true),
            .init(name: "constraint", numeric: true), .init(name: "effective size", numeric: true),
        ])
        for i in order.prefix(options.topBrokers) where betweenness[i] > 0 {
            let school = network.schools[i]
            table.rows.append([
                .text(school.urn.rawValue), .text(school.name), .text(school.localAuthority ?? ""),
                .number(betweenness[i]), .number(metrics.values[.degree]!.values[i]),
                .number(metrics.values[.constraint]!.values[i]), .number(metrics.values[.effectiveSize]!.values[i]),
            ])
        }
        sections.append(("brokers", "Top brokers", [
            .el("p", text: "The schools most often on the shortest paths between others (betweenness, normalised as NetworkX does), with Burt's constraint (low: ties into otherwise separate groups) and effective size."),
            command("metrics", "--format csv"),
            table.rows.isEmpty ? .el("p", [("class", "note")], text: "No school lies between two others.") : table.html,
        ]))
    }

    mutating func addOverlap() {
        let matrix = KindOverlapMatrix(landscape)
        let kinds = matrix.kinds
        let heatmap = SVGChart.heatmap(
            labels: kinds.map(\.rawValue), values: kinds.map { row in kinds.map { matrix.share[row]?[$0] } },
            title: "Share of the schools in one kind of structure that are also in another",
            rowHeading: "schools in a structure of this kind…", columnHeading: "…also in one of this kind")
        let pairs = landscape.structureOverlaps().sorted { ($0.shared, $1.a, $1.b) > ($1.shared, $0.a, $0.b) }
        var table = ReportTable([
            .init(name: "structure A"), .init(name: "structure B"), .init(name: "shared", numeric: true),
            .init(name: "size A", numeric: true), .init(name: "size B", numeric: true),
            .init(name: "Jaccard", numeric: true), .init(name: "overlap coefficient", numeric: true), .init(name: "relation"),
        ])
        for pair in pairs.prefix(options.maximumRows) {
            table.rows.append([
                .text(structureName(pair.a)), .text(structureName(pair.b)), .count(pair.shared), .count(pair.sizeA), .count(pair.sizeB),
                .number(pair.jaccard), .number(pair.overlapCoefficient), .text(pair.relation.rawValue),
            ])
        }
        var body: [HTML] = [
            .el("h3", text: "Kind by kind"), command("overlap", "--view kinds"),
            kinds.isEmpty ? .el("p", [("class", "note")], text: "No structures.") : .el("figure", [], [
                .trusted(heatmap),
                .el("figcaption", text: "Row kind, column kind: the share of schools in any structure of the row's kind that are also in one of the column's kind; on the diagonal, the share in two or more of that kind."),
            ]),
            .el("h3", text: "Pairs of structures that share schools"), command("overlap", "--view pairs"),
            pairs.isEmpty ? .el("p", [("class", "note")], text: "No two structures share a school.") : table.html,
        ]
        if pairs.count > options.maximumRows { body.append(leftOut(pairs.count)) }
        sections.append(("overlap", "Overlap", body))
    }

    mutating func addHybrids() {
        let hybrids = HybridStructures(landscape)
        var leads = ReportTable([.init(name: "URN"), .init(name: "school"), .init(name: "leads kinds"), .init(name: "structures")])
        for lead in hybrids.leads {
            leads.rows.append([.text(lead.urn.rawValue), .text(name(lead.urn)), .text(lead.kinds.map(\.rawValue).joined(separator: ", ")),
                               .text(lead.structures.map(structureName).joined(separator: "; "))])
        }
        var pairs = ReportTable([
            .init(name: "structure A"), .init(name: "structure B"), .init(name: "kinds"), .init(name: "shared", numeric: true),
            .init(name: "overlap coefficient", numeric: true), .init(name: "Jaccard", numeric: true),
        ])
        for pair in hybrids.pairs {
            pairs.rows.append([.text(structureName(pair.overlap.a)), .text(structureName(pair.overlap.b)),
                               .text(pair.kinds.map(\.rawValue).joined(separator: " + ")), .count(pair.overlap.shared),
                               .number(pair.overlap.overlapCoefficient), .number(pair.overlap.jaccard)])
        }
        var fragmentation = ReportTable([
            .init(name: "local authority"), .init(name: "schools", numeric: true),
            .init(name: "structures touching", numeric: true), .init(name: "structures per school", numeric: true),
        ])
        for area in hybrids.fragmentation {
            fragmentation.rows.append([.text(area.localAuthority), .count(area.schools), .count(area.structuresTouching), .number(area.structuresPerSchool)])
        }
        sections.append(("hybrids", "Hybrid structures", [
            command("hybrids"),
            .el("h3", text: "Schools that lead structures of more than one kind"),
            leads.rows.isEmpty ? .el("p", [("class", "note")], text: "None.") : leads.html,
            .el("h3", text: "Structures of different kinds with largely the same members"),
            .el("p", [("class", "note")], text: "Overlap coefficient at least \(NumberFormat.table(hybrids.thresholds.pairOverlap)), at least \(hybrids.thresholds.pairMinimumShared) shared schools, or Jaccard at least \(NumberFormat.table(hybrids.thresholds.pairJaccard))."),
            pairs.rows.isEmpty ? .el("p", [("class", "note")], text: "None.") : pairs.html,
            .el("h3", text: "Fragmentation by local authority"),
            fragmentation.rows.isEmpty ? .el("p", [("class", "note")], text: "No school has a local authority.") : fragmentation.html,
        ]))
    }

    mutating func addFindings() {
        let findings = AlliancePatterns.findings(landscape)
        let found = findings.filter { $0.verdict == .yes }
        var table = ReportTable([
            .init(name: "structure or circle"), .init(name: "kind"), .init(name: "pattern"), .init(name: "score", numeric: true), .init(name: "evidence"),
        ])
        for finding in found {
            let label: String, kind: String
            if finding.structure.hasPrefix("lead:") {
                let urn = URN(String(finding.structure.dropFirst(5)))
                label = "circle of \(name(urn)) (\(urn))"
                kind = "lead's circle"
            } else {
                label = structureName(finding.structure)
                kind = landscape.structure(finding.structure)?.kind.displayName ?? ""
            }
            table.rows.append([
                .text(label), .text(kind), .text(finding.pattern.rawValue), .number(finding.score),
                .text(finding.evidence.map { "\($0.name) \(NumberFormat.table($0.value))" }.joined(separator: "; ")),
            ])
        }
        let judged = findings.filter { $0.verdict != .insufficientData }.count
        sections.append(("findings", "Alliance findings", [
            .el("p", text: "Hierarchical (a lead that supports its members and sits at the centre), exclusive (high performers tied mostly to each other) and marketised (a lead that sells services beyond its members) alliances, each with the evidence the verdict rests on. \(found.count) finding\(found.count == 1 ? "" : "s") among \(judged) judgements with enough data."),
            command("patterns", "--scope all"),
            found.isEmpty ? .el("p", [("class", "note")], text: "No alliance shows any of the three patterns.") : table.html,
        ]))
    }

    mutating func addPlace() {
        let place = PlaceAnalysis(landscape)
        var areas = ReportTable([
            .init(name: "local authority"), .init(name: "schools", numeric: true), .init(name: "in a structure", numeric: true),
            .init(name: "coverage", numeric: true), .init(name: "low performers", numeric: true), .init(name: "paired", numeric: true),
            .init(name: "pairing", numeric: true), .init(name: "cold spots", numeric: true),
        ])
        for area in place.areas {
            areas.rows.append([.text(area.name), .count(area.schools), .count(area.inStructure), .number(area.coverage),
                               .count(area.lowPerformers), .count(area.paired), .number(area.pairing), .count(area.coldSpots)])
        }
        let coverage = place.areas.prefix(40).map { area in
            SVGChart.Bar(label: area.name, value: area.coverage.isNaN ? 0 : area.coverage,
                         text: area.coverage.isNaN ? "–" : "\(Int((area.coverage * 100).rounded()))% of \(area.schools)")
        }
        var cold = ReportTable([.init(name: "URN"), .init(name: "school"), .init(name: "area"), .init(name: "reason")])
        for spot in place.coldSpots.prefix(options.maximumRows) {
            cold.rows.append([.text(spot.urn.rawValue), .text(name(spot.urn)), .text(spot.area), .text(spot.reason)])
        }
        var spread = ReportTable([
            .init(name: "structure"), .init(name: "kind"), .init(name: "members", numeric: true), .init(name: "local authorities", numeric: true),
            .init(name: "mean km between members", numeric: true), .init(name: "max km", numeric: true),
        ])
        for item in place.spread.prefix(options.maximumRows) {
            spread.rows.append([.text(structureName(item.id)), .text(item.kind.displayName), .count(item.members), .count(item.localAuthorities),
                                .number(item.meanKilometres), .number(item.maxKilometres)])
        }
        var body: [HTML] = [
            .el("p", text: "Coverage is the share of an authority's schools in at least one structure; pairing the share of its low-performing schools (Ofsted \(place.thresholds.lowGrades.map(\.rawValue).sorted().joined(separator: ", "))) tied to a high performer; a cold spot a low-performing or disadvantaged school (free-school-meal share at least \(NumberFormat.table(place.thresholds.disadvantage))) with no tie to a high performer (Ofsted \(place.thresholds.highGrades.map(\.rawValue).sorted().joined(separator: ", ")))."),
            .el("h3", text: "Coverage by local authority"), command("place", "--view areas"),
            place.areas.isEmpty ? .el("p", [("class", "note")], text: "No school has a local authority.") : .el("figure", [], [
                .trusted(SVGChart.bars(Array(coverage), title: "Share of schools in at least one structure, by local authority", maximum: 1, colour: "#009E73")),
                .el("figcaption", text: place.areas.count > 40 ? "The first 40 of \(place.areas.count) authorities; the table lists all." : "Share of schools in at least one structure."),
            ]),
            areas.html,
            .el("h3", text: "Cold spots"), command("place", "--view cold-spots"),
            place.coldSpots.isEmpty ? .el("p", [("class", "note")], text: "None.") : cold.html,
        ]
        if place.coldSpots.count > options.maximumRows { body.append(leftOut(place.coldSpots.count)) }
        body += [
            .el("h3", text: "How far structures spread"), command("place", "--view spread"),
            place.spread.isEmpty ? .el("p", [("class", "note")], text: "No structure has members with coordinates.") : spread.html,
        ]
        sections.append(("place", "Place and equity", body))
    }

    func leftOut(_ total: Int) -> HTML {
        .el("p", [("class", "note")], text: "Showing \(options.maximumRows) of \(total) rows; the command lists them all.")
    }

    // MARK: The page

    var document: String {
        let navigation = HTML.el("nav", [("aria-label", "Contents")], [.el("ol", [], sections.map { section in
            .el("li", [], [.el("a", [("href", "#\(section.id)")], text: section.title)])
        })])
        var main: [HTML] = [
            .el("h1", text: options.title),
            .el("p", [("class", "lede")], text: "\(landscape.schools.count) schools, \(landscape.structures.count) structures, \(landscape.links.count) links. "
                + "Every number below is printed by the schoolnet command shown with it."),
        ]
        if let source = options.dataSource { main.append(.el("p", [("class", "lede")], text: source)) }
        main.append(navigation)
        for section in sections {
            main.append(.el("section", [("id", section.id)], [.el("h2", text: section.title)] + section.body))
        }
        main.append(.el("footer", [], [
            .el("p", text: "Made by schoolnet from \(options.landscapeArgument). Diagrams laid out by Graphviz."),
        ] + (options.dataSource.map { [.el("p", text: $0)] } ?? [])))
        let page = HTML.el("html", [("lang", "en-GB")], [
            .el("head", [], [
                .el("meta", [("charset", "utf-8")]),
                .el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
                .el("meta", [("http-equiv", "Content-Security-Policy"),
                             ("content", "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:")]),
                .el("title", text: options.title),
                .el("style", [], [.trusted(ReportAssets.css)]),
            ]),
            .el("body", [], [.el("main", [], main), .el("script", [], [.trusted(ReportAssets.script)])]),
        ])
        return "<!DOCTYPE html>\n" + page.rendered + "\n"
    }
}
