import Foundation
import SchoolNetIO
import SchoolNetModel
import SchoolNetRender

/// The report's diagrams: the structures at a glance (one node per structure, legible at page
/// width), every school with a tie (the untied counted, not scattered), and the map. Each is
/// laid out by the engine that measures most legible (``LayoutChoice``), and sits in a viewer
/// the page's script lets readers pan, zoom, search and click; its toolbar toggles layers.
extension ReportPage {
    mutating func addDiagrams(metrics: SchoolMetrics, network: SchoolNetwork) throws {
        var body: [HTML] = []
        let nodes = landscape.schools.count + landscape.structures.count
        let layers = options.selection.layers
        var overview = DiagramOptions(
            title: "Structures at a glance", source: DiagramOptions.standardSource(of: landscape))
        overview.layers = layers
        let overviewGraph = StructureOverviewDiagram.make(landscape, options: overview)
        if overviewGraph.nodes.contains(where: { $0.id.hasPrefix("g") }) {
            let choice = try LayoutChoice(
                overviewGraph, candidates: LayoutChoice.candidates(nodeCount: overviewGraph.nodes.count))
            body += [.el("h3", text: "Structures at a glance")]
            var request = DiagramRequest(overview: true, fileName: "overview.svg")
            request.engine = choice.best.engine
            request.title = overview.title
            body += reproduce(.diagram(request))
            body.append(
                figure(
                    choice, id: "overview",
                    caption:
                        "Each structure is one node, shaped and filled by its kind and larger with more members; a grey line joins two structures that share schools (the number shared on it), and coloured lines carry the links between their schools (a school in several structures counted at its trust first). "
                        + "The schools in no structure drawn are gathered in one dashed node with their count."))
        }
        guard nodes <= options.maximumDiagramNodes else {
            let area = Dictionary(grouping: landscape.schools.compactMap(\.localAuthority), by: { $0 })
                .max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.key
            body.append(
                note(
                    "\(nodes) schools and structures are more than a page can show school by school (\(options.maximumDiagramNodes)); "
                        + "draw one local authority at a time, as below."))
            if let area {
                body += reproduce(.diagram(DiagramRequest(scope: .localAuthority(area), fileName: "la.svg")))
            }
            sections.append(("diagrams", "Diagrams", body))
            return
        }
        let labelled = landscape.schools.count > 300 ? 50 : nil
        var schools = DiagramOptions(
            title: "Every school with a tie", source: DiagramOptions.standardSource(of: landscape))
        schools.layers = layers
        schools.labelledSchools = labelled
        schools.hideUntied = true
        if let attribute = options.colourBy {
            schools.colouring = NodeColouring.make(by: attribute, schools: landscape.schools)
        }
        let schoolGraph = LandscapeDiagram.make(landscape, options: schools)
        let schoolChoice = try LayoutChoice(
            schoolGraph, candidates: LayoutChoice.candidates(nodeCount: schoolGraph.nodes.count))
        body += [.el("h3", text: "Every school with a tie")]
        var request = DiagramRequest(
            colourBy: options.colourBy, labels: labelled, hideUntied: true, fileName: "schools.svg")
        request.engine = schoolChoice.best.engine
        request.title = schools.title
        body += reproduce(.diagram(request))
        body.append(
            figure(
                schoolChoice, id: "schools",
                caption:
                    "Each school is a node in the shape of its phase; each trust, federation, alliance or cluster is drawn once, as a hub its members attach to; links are coloured by kind; the schools with no structure or link in the layers drawn are left out and counted under the drawing. "
                    + "Find a school with the search box, or click one for its card."))
        if landscape.schools.contains(where: { $0.location != nil }) {
            let colour = options.colourBy ?? "ofsted"
            var request = DiagramRequest(
                geographic: true, colourBy: colour, sizeBy: SchoolMeasure.betweenness.name, labels: 25,
                fileName: "map.svg")
            request.title = "Map"
            var map = DiagramOptions(title: request.title, source: DiagramOptions.standardSource(of: landscape))
            map.layers = layers
            map.geographic = true
            map.colouring = NodeColouring.make(by: colour, schools: landscape.schools)
            map.sizing = NodeSizing(.betweenness, from: metrics, of: network)
            map.labelledSchools = request.labels
            let graph = LandscapeDiagram.make(landscape, options: map)
            let choice = try LayoutChoice(graph, candidates: [.geographic])
            body +=
                [.el("h3", text: "Map")] + reproduce(.diagram(request)) + [
                    figure(
                        choice, id: "map",
                        caption:
                            "Schools at their coordinates, coloured by \(colour) and sized by betweenness; each structure sits at the centre of its members."
                    )
                ]
        }
        sections.append(("diagrams", "Diagrams", body))
    }

    /// A diagram in its viewer: zoom buttons and the layer toggles the script adds, the SVG in
    /// a focusable viewport, the caption with how legible the layout measured.
    func figure(_ choice: LayoutChoice, id: String, caption: String) -> HTML {
        let svg = InlineSVG.prepare(String(decoding: choice.best.svg, as: UTF8.self), prefix: "\(id)-")
        let legibility = choice.best.legibility
        var measured = "Laid out by Graphviz's \(choice.best.engine.graphvizName)"
        if choice.trials.count > 1 {
            measured +=
                ", the most legible of \(choice.trials.map(\.engine.rawValue).joined(separator: ", ")) "
                + "(\(legibility.labelOverlaps) covered label\(legibility.labelOverlaps == 1 ? "" : "s"), "
                + "\(legibility.edgeCrossings) crossing\(legibility.edgeCrossings == 1 ? "" : "s"))"
        }
        measured +=
            ". Drag to move; + and − zoom (or the wheel, once the diagram is clicked or with Ctrl); Fit or 0 shows it whole."
        let button = { (zoom: String, text: String, label: String) -> HTML in
            .el("button", [("type", "button"), ("data-zoom", zoom), ("aria-label", label)], text: text)
        }
        return .el(
            "figure",
            [
                ("class", "diagram"), ("id", "diagram-\(id)"),
                ("data-min-label", NumberFormat.exact(LayoutChoice.minimumLabelPixels)),
            ],
            [
                .el(
                    "div", [("class", "diagram-tools"), ("role", "toolbar"), ("aria-label", "Diagram controls")],
                    [
                        button("in", "+", "Zoom in"), button("out", "−", "Zoom out"),
                        button("fit", "Fit", "Fit the whole diagram"),
                        .el("span", [("class", "layers")], []),
                    ]),
                .el(
                    "div",
                    [
                        ("class", "viewport"), ("tabindex", "0"),
                        ("aria-label", "Diagram: arrow keys move, + and − zoom, 0 fits"),
                    ], [.trusted(svg)]),
                .el("figcaption", text: caption + " " + measured),
            ])
    }
}
