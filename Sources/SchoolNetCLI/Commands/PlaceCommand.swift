import ArgumentParser
import SchoolNetGraph
import SchoolNetIO
import SchoolNetModel

/// `schoolnet place LANDSCAPE`: coverage, pairing, cold spots and spread by place.
struct PlaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "place",
        abstract:
            "Reach and equity by local authority or region: coverage, pairing, cold spots, spread of each structure.",
        discussion: """
            Coverage: the share of schools in any structure. Pairing: the share of low-performing \
            schools (Ofsted grades in --low-grades) with a tie to a high-performing one (grades in \
            --high-grades) in the school network of the chosen layers. Cold spots: low-performing \
            or disadvantaged schools (free-school-meal share at least --disadvantage) with no such \
            tie. Spread: the local authorities each structure spans and the mean and largest \
            distance between its members (haversine, km). MAT size bands by the area of the \
            trust's lead. The thresholds are echoed in the output.
            """
    )

    enum View: String, ExpressibleByArgument, CaseIterable {
        case areas
        case total
        case coldSpots = "cold-spots"
        case spread
    }

    @OptionGroup var input: LandscapeOptions
    @OptionGroup var network: NetworkOptions

    @Option(help: "la or region.")
    var by = ChoiceArgument(PlaceLevel.la)

    @Option(help: "areas, total (every area together), cold-spots or spread (table and CSV show one; JSON holds all).")
    var view: View = .areas

    @OptionGroup var support: PlaceThresholdOptions

    @OptionGroup var destination: TableOutputOptions

    func run() throws {
        let loaded = try input.load()
        let landscape = loaded.landscape
        let thresholds = try support.thresholds()
        let place = PlaceAnalysis(
            landscape, level: by.value, thresholds: thresholds, selection: try network.selection(),
            ties: support.ties.value)
        try Console.emit(
            place.result(landscape, context: loaded.context(layers: network)),
            format: destination.format, table: view.rawValue, to: destination.output)
    }
}
