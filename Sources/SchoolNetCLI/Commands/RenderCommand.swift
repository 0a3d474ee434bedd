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
            Every school is a node labelled with its name; each trust, federation, alliance,
            cluster or partnership is a hub its members attach to; links are styled by kind and
            support and traded services carry arrows; a legend names the styles used.
            The file is written only when rendering succeeded, and atomically.
            """
    )

    @OptionGroup var input: LandscapeOptions

    @Option(name: .shortAndLong, help: "The file to write.")
    var output: String

    @Option(help: "svg, png, pdf or dot (default: from the file name's extension, else svg).")
    var format: ChoiceArgument<OutputFormat>?

    @Option(help: "dot, neato, fdp, sfdp or circo (default: neato up to 1000 nodes, sfdp beyond).")
    var engine: ChoiceArgument<LayoutEngine>?

    @Option(help: "The diagram's title (default: the landscape folder's name).")
    var title: String?

    @Option(help: ArgumentHelp(
        "Refuse to lay out a diagram with more nodes than this.",
        discussion: "Default per engine: dot 1000, neato 2000, fdp 500, sfdp 50000, circo 2000."))
    var maxNodes: Int?

    func validate() throws {
        guard format == nil else { return }
        let name = URL(fileURLWithPath: output).lastPathComponent
        if let dot = name.lastIndex(of: "."), OutputFormat(fileName: name) == nil {
            throw ValidationError("cannot tell the format from '\(name[dot...])'; use --format svg|png|pdf|dot")
        }
    }

    func run() throws {
        let landscape = try input.load()
        let chosenFormat = format?.value ?? OutputFormat(fileName: output) ?? .svg
        let folderName = URL(fileURLWithPath: input.landscape).standardizedFileURL.lastPathComponent
        let options = DiagramOptions(
            title: title ?? "School partnership landscape: \(folderName)"
                + (input.date.map { " at \($0)" } ?? ""),
            source: "\(landscape.schools.count) schools, \(landscape.structures.count) structures, "
                + "\(landscape.links.count) links. Drawn by schoolnet with Graphviz.")
        let graph = LandscapeDiagram.make(landscape, options: options)
        let dot = DOTEncoder.encode(graph)
        let bytes: [UInt8]
        if chosenFormat == .dot {
            bytes = Array(dot.utf8)
        } else {
            let chosenEngine = engine?.value ?? .automatic(nodeCount: graph.nodes.count)
            do {
                let limit = maxNodes ?? chosenEngine.nodeLimit
                guard graph.nodes.count <= limit else {
                    throw RenderError.tooLarge(engine: chosenEngine.rawValue, nodes: graph.nodes.count, limit: limit)
                }
                let rendered = try GraphvizRenderer.shared.render(dot: dot, engine: chosenEngine, formats: [chosenFormat])
                for warning in rendered.warnings { Console.error("warning: graphviz: \(warning)") }
                bytes = rendered.files[chosenFormat] ?? []
            } catch let error as RenderError {
                Console.error("error: \(error)")
                throw ExitStatus.renderFailed
            }
        }
        do {
            try AtomicFile.write(bytes, to: output)
        } catch {
            Console.error("error: \(error)")
            throw ExitStatus.cannotWrite
        }
    }
}
