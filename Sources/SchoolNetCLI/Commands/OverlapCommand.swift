import ArgumentParser
import SchoolNetGraph
import SchoolNetIO
import SchoolNetModel

/// `schoolnet overlap LANDSCAPE`: how structures overlap and interleave.
struct OverlapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overlap",
        abstract: "How structures overlap: pairs, kind by kind, per school, per tie and per pair of layers.",
        discussion: """
            Views: pairs (every pair of structures sharing a member: shared, Jaccard |A∩B|/|A∪B|, \
            overlap coefficient |A∩B|/min(|A|,|B|), relation coincident, nested, interleaved); \
            kinds (the share of schools in one kind of structure that are also in another; on the \
            diagonal, in two or more of that kind); schools (structures and kinds per school); ties \
            (the layers connecting each pair of schools: multiplexity); layers (Jaccard of the tie \
            sets of each pair of layers). Every role counts as membership. JSON holds every view.
            """
    )

    enum View: String, ExpressibleByArgument, CaseIterable {
        case pairs, kinds, schools, ties, layers
    }

    @OptionGroup var input: LandscapeOptions

    @Option(help: "pairs, kinds, schools, ties or layers (table and CSV show one).")
    var view: View = .pairs

    @OptionGroup var destination: TableOutputOptions

    func run() throws {
        let loaded = try input.load()
        let landscape = loaded.landscape
        let views = destination.format == .json ? Set(OverlapResult.views) : [view.rawValue]
        let result = OverlapResult.make(landscape, views: views, context: loaded.context())
        try Console.emit(result, format: destination.format, table: view.rawValue, to: destination.output)
    }
}
