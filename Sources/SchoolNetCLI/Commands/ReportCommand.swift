import ArgumentParser
import Foundation
import SchoolNetIO
import SchoolNetModel
import SchoolNetRender
import SchoolNetReport

/// `schoolnet report LANDSCAPE -o DIR`: one self-contained HTML page about the landscape.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract:
            "Write one self-contained HTML report: diagrams, summary, brokers, overlap, hybrids, findings, place.",
        discussion: """
            The page (DIR/report.html) opens with its date, scope and key findings. It loads nothing from anywhere: its diagrams are inline SVG drawn by Graphviz, which readers can pan, zoom, search and click for a school's card; its charts are inline SVG. Each section shows the schoolnet command that prints its numbers, with the choices given here (layers, pairing ties, thresholds, colour). Written atomically.
            """
    )

    @OptionGroup var input: LandscapeOptions
    @OptionGroup(title: "Network") var network: NetworkOptions
    @OptionGroup(title: "Pairing and cold spots") var support: PlaceThresholdOptions
    @OptionGroup(title: "Alliance patterns") var judged: PatternThresholdOptions

    @Option(
        name: [.customLong("colour-by"), .customLong("color-by")],
        help:
            "Fill the schools of the school-level drawing and the map by an attribute (default: none, and the Ofsted grade on the map)."
    )
    var colourBy: String?

    @Option(name: .shortAndLong, help: "The folder to write report.html into (created if missing).")
    var output: String

    @Option(help: "The report's heading (default: from the landscape's name and scope).")
    var title: String?

    @Option(help: "A line on where the data come from and their licence, shown under the heading and in the footer.")
    var dataSource: String?

    @Option(help: "How many schools the top-brokers table lists.")
    var topBrokers = 15

    func validate() throws {
        if topBrokers < 1 { throw ValidationError("--top-brokers must be at least 1") }
    }

    func run() throws {
        let progress = ProgressLine.start()
        defer { progress?.finish() }
        progress?.begin("reading the landscape", total: 0)
        let loaded = try input.load()
        let landscape = loaded.landscape
        let folderName = URL(fileURLWithPath: input.landscape).standardizedFileURL.lastPathComponent
        var options = ReportOptions(
            title: title ?? "School partnerships: \(folderName)" + (input.scope.caption.map { ", \($0)" } ?? "")
                + loaded.atPhrase,
            source: input.landscape)
        options.context = loaded.context()
        if loaded.date != nil {
            options.findingsLandscape = try loaded.view(tradingHistory: .init(years: nil))
        }
        if let colourBy { try RenderCommand.checkAttribute(colourBy, in: landscape, option: "--colour-by") }
        options.history = try input.scope.apply(to: loaded.full)
        options.context.layers = network.chosenLayerNames
        options.selection = try network.selection()
        options.ties = support.ties.value
        options.placeThresholds = try support.thresholds()
        options.patternThresholds = try judged.thresholds()
        options.colourBy = colourBy
        let lines = ReportCommandLines(
            landscape: input.landscape, date: loaded.date, allDates: loaded.basis == .allDates,
            scope: input.scope.scope(),
            lenient: input.lenient, networkArguments: network.arguments, placeArguments: support.arguments,
            patternArguments: judged.arguments)
        options.reproduce = { lines.line($0) }
        options.dataSource = dataSource
        options.topBrokers = topBrokers
        options.progress = progress
        let html: String
        do {
            html = try LandscapeReport.make(landscape, options: options)
        } catch let error as RenderError {
            Console.error("error: \(error)")
            throw ExitStatus.renderFailed
        }
        progress?.finish()
        try OutputFiles.makeFolder(output)
        try OutputFiles.writing(output + "/report.html") {
            try AtomicFile.write(Array(html.utf8), to: output + "/report.html")
        }
        Console.note("wrote \(output)/report.html")
    }
}
