import ArgumentParser
import Foundation
import SchoolNetIO
import SchoolNetModel
import SchoolNetRender

/// `schoolnet render LANDSCAPE -o FILE`: draws the landscape through the Graphviz library.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the landscape as SVG, PNG, PDF or DOT.",
        discussion: """
            Every school is a node in the shape of its phase; each trust or federation is a box, \
            and each alliance, cluster or partnership a hub of its own shape, that its members \
            attach to; links are styled by kind and support and traded services carry arrows; \
            a legend names exactly the styles used. --engine geographic pins every school at its \
            coordinates. The file is written only when rendering succeeded, and atomically.
            """
    )

    @OptionGroup var input: LandscapeOptions
    @OptionGroup var network: NetworkOptions

    @Option(name: .shortAndLong, help: "The file to write.")
    var output: String

    @Option(help: "svg, png, pdf or dot (default: from the file name's extension, else svg).")
    var format: ChoiceArgument<OutputFormat>?

    @Option(help: "dot, neato, fdp, sfdp, circo or geographic (default: neato up to 1000 nodes, sfdp beyond).")
    var engine: ChoiceArgument<LayoutEngine>?

    @Option(
        name: [.customLong("colour-by"), .customLong("color-by")],
        help: ArgumentHelp(
            "Fill schools by an attribute: phase, governance, ofsted, la, region, attainment, disadvantage, pupils or a custom column.",
            discussion: "Text takes the Okabe-Ito categorical palette; numbers five equal steps of viridis."))
    var colourBy: String?

    @Option(
        help:
            "Size schools by a measure of 'schoolnet metrics' (degree, betweenness, pagerank, …), computed on the landscape in scope over --layers."
    )
    var sizeBy: ChoiceArgument<SchoolMeasure>?

    @Option(help: "phase (each phase its own shape) or none.")
    var shapeBy = ChoiceArgument(ShapeChoice.phase)

    @Option(
        help:
            "Label all schools, none, or the N largest by --size-by (else by ties drawn). Default: all up to 300 schools, else 50."
    )
    var labels: String?

    @Flag(help: "Do not move nodes apart to remove overlaps (faster on large graphs).")
    var keepOverlaps = false

    @Flag(
        help: ArgumentHelp(
            "Draw one node per structure instead of one per school.",
            discussion:
                "Each structure is sized by its members and shaped and filled by its kind; a line joins two structures that share schools (with the number shared) and each kind of link between their schools (with the number of links); the schools in no structure drawn are gathered into one node. Without --engine, the layout is the one that measures most legible (see --compare-engines)."
        ))
    var overview = false

    @Flag(help: "Leave out the schools with no structure or link drawn; the caption counts them.")
    var hideUntied = false

    @Flag(
        help:
            "Draw the supporters `schoolnet match` proposes (its defaults) as bold dashed arrows to the schools that need support."
    )
    var proposed = false

    @Flag(
        help: ArgumentHelp(
            "Lay the diagram out with each engine that suits its size and print how legible each is.",
            discussion:
                "Label overlaps, edge labels away from their lines, edge crossings, size, the smallest label in CSS pixels when the drawing is 1200 pixels wide, and seconds; the file is drawn with the engine that ranks first (fewest covered or detached labels, then labels of at least 8 px, then fewest crossings, then the drawing that shows largest fitted whole into a 1200 by 640 pixel view), unless --engine names one."
        ))
    var compareEngines = false

    @Option(help: "The diagram's title (default: the landscape's name and scope).")
    var title: String?

    @Option(
        help: ArgumentHelp(
            "Refuse to lay out a diagram with more nodes than this.",
            discussion: "Default per engine: dot 1000, neato 2000, fdp 500, sfdp 50000, circo 2000, geographic 50000."))
    var maxNodes: Int?

    enum ShapeChoice: String, CaseIterable, Sendable { case phase, none }

    func validate() throws {
        if let labels, labels != "all", labels != "none", (Int(labels) ?? -1) < 0 {
            throw ValidationError("--labels takes all, none or a number; got '\(labels)'")
        }
        guard format == nil else { return }
        let name = URL(fileURLWithPath: output).lastPathComponent
        if let dot = name.lastIndex(of: "."), OutputFormat(fileName: name) == nil {
            throw ValidationError("cannot tell the format from '\(name[dot...])'; use --format svg|png|pdf|dot")
        }
    }

    func run() throws {
        let loaded = try input.load()
        let landscape = loaded.landscape
        let selection = try network.selection()
        let chosenFormat = format?.value ?? OutputFormat(fileName: output) ?? .svg
        let folderName = URL(fileURLWithPath: input.landscape).standardizedFileURL.lastPathComponent

        var options = DiagramOptions(
            title: title ?? "School partnership landscape: \(folderName)"
                + (input.scope.caption.map { ", \($0)" } ?? "") + loaded.atPhrase,
            source: DiagramOptions.standardSource(of: landscape))
        options.layers = selection.layers
        options.shapeByPhase = shapeBy.value == .phase
        options.removeOverlaps = !keepOverlaps
        options.geographic = engine?.value == .geographic
        if let colourBy {
            try Self.checkAttribute(colourBy, in: landscape, option: "--colour-by")
            options.colouring = NodeColouring.make(by: colourBy, schools: landscape.schools)
            if options.colouring == nil {
                Console.error("warning: no school in the diagram has a value for '\(colourBy)'; schools stay white")
            }
        }
        if let measure = sizeBy?.value {
            options.sizing = NodeSizing.measured(measure, in: SchoolNetwork(landscape, selection: selection))
        }
        options.labelledSchools =
            switch labels {
            case "all": nil
            case "none": 0
            case let text?: Int(text)
            case nil: landscape.schools.count > 300 ? 50 : nil
            }
        if options.geographic && !landscape.schools.contains(where: { $0.location != nil }) {
            Console.error(
                "error: the geographic layout needs coordinates, and no school here has latitude and longitude")
            throw ExitStatus.invalidInput
        }

        options.hideUntied = hideUntied
        if proposed {
            if overview { throw ValidationError("--proposed draws schools' ties: not with --overview") }
            let matching = SupportMatching(landscape)
            options.proposedTies = matching.proposals.map {
                (landscape.schools[$0.supporter].urn, landscape.schools[$0.school].urn)
            }
        }
        let graph =
            overview
            ? StructureOverviewDiagram.make(landscape, options: options)
            : LandscapeDiagram.make(landscape, options: options)
        let dot = DOTEncoder.encode(graph)
        let bytes: [UInt8]
        if chosenFormat == .dot && !compareEngines {
            bytes = Array(dot.utf8)
        } else {
            var chosenEngine = engine?.value ?? .automatic(nodeCount: graph.nodes.count)
            do {
                if compareEngines || (overview && engine == nil) {
                    let candidates = engine.map { [$0.value] } ?? LayoutChoice.candidates(nodeCount: graph.nodes.count)
                    let choice = try LayoutChoice(graph, candidates: candidates)
                    if compareEngines {
                        try Console.emit(choice.result(context: loaded.context()), format: .table, to: nil)
                    }
                    chosenEngine = choice.best.engine
                }
                if chosenFormat == .dot {
                    try OutputFiles.writing(output) { try AtomicFile.write(Array(dot.utf8), to: output) }
                    return
                }
                let limit = maxNodes ?? chosenEngine.nodeLimit
                guard graph.nodes.count <= limit else {
                    throw RenderError.tooLarge(engine: chosenEngine.rawValue, nodes: graph.nodes.count, limit: limit)
                }
                let rendered = try GraphvizRenderer.shared.render(
                    dot: dot, engine: chosenEngine, formats: [chosenFormat])
                for warning in rendered.warnings { Console.error("warning: graphviz: \(warning)") }
                bytes = rendered.files[chosenFormat] ?? []
            } catch let error as RenderError {
                Console.error("error: \(error)")
                throw ExitStatus.renderFailed
            }
        }
        try OutputFiles.writing(output) { try AtomicFile.write(bytes, to: output) }
    }
}
