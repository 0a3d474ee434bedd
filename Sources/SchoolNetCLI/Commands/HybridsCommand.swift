import ArgumentParser
import SchoolNetIO
import SchoolNetModel

/// `schoolnet hybrids LANDSCAPE`: hybrid leads, hybrid pairs, hybridity and fragmentation.
struct HybridsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hybrids",
        abstract: "Hybrid structures: hybrid leads, hybrid pairs, each structure's hybridity, fragmentation by area.",
        discussion: """
            A hybrid lead leads structures of two or more kinds (the lead column, or the lead role). \
            A hybrid pair is two structures of different kinds whose members largely coincide: \
            overlap coefficient at least --pair-overlap, Jaccard index at least --pair-jaccard (so \
            that a small structure that merely sits inside a large one does not count) and at \
            least --pair-min-shared schools in common. A structure's hybridity is the share of its members that also sit in a \
            structure of another kind. Fragmentation per local authority: the structures touching \
            the area and the structures per school. The thresholds are echoed in the output.
            """
    )

    @OptionGroup var input: LandscapeOptions

    @Option(help: "Overlap coefficient from which two structures of different kinds form a hybrid pair.")
    var pairOverlap = 0.5

    @Option(help: "Schools two structures must share to form a hybrid pair.")
    var pairMinShared = 2

    @Option(help: "Jaccard index two structures must reach to form a hybrid pair.")
    var pairJaccard = 0.4

    @Option(help: "table or json.")
    var format: TextFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        guard (0...1).contains(pairOverlap) else { throw ValidationError("--pair-overlap is a share from 0 to 1") }
        guard pairMinShared >= 1 else { throw ValidationError("--pair-min-shared must be at least 1") }
        guard (0...1).contains(pairJaccard) else { throw ValidationError("--pair-jaccard is a share from 0 to 1") }
    }

    func run() throws {
        let loaded = try input.load()
        let landscape = loaded.landscape
        let hybrids = HybridStructures(
            landscape,
            thresholds: HybridThresholds(
                pairOverlap: pairOverlap, pairMinimumShared: pairMinShared, pairJaccard: pairJaccard))
        try Console.emit(hybrids.result(landscape, context: loaded.context()), format: format.tableFormat, to: output)
    }
}
