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
            Coverage: the share of schools in any structure. Pairing: the share of low-performing
            schools (Ofsted grades in --low-grades) with a tie to a high-performing one (grades in
            --high-grades) in the school network of the chosen layers. Cold spots: low-performing
            or disadvantaged schools (free-school-meal share at least --disadvantage) with no such
            tie. Spread: the local authorities each structure spans and the mean and largest
            distance between its members (haversine, km). MAT size bands by the area of the
            trust's lead. The thresholds are echoed in the output.
            """
    )

    enum View: String, ExpressibleByArgument, CaseIterable {
        case areas
        case coldSpots = "cold-spots"
        case spread
    }

    @OptionGroup var input: LandscapeOptions
    @OptionGroup var network: NetworkOptions

    @Option(help: "la or region.")
    var by = ChoiceArgument(PlaceLevel.la)

    @Option(help: "areas, cold-spots or spread (table and CSV show one; JSON holds all).")
    var view: View = .areas

    @Option(help: "Comma-separated Ofsted grades that count as low-performing.")
    var lowGrades = "requires-improvement,inadequate"

    @Option(help: "Comma-separated Ofsted grades that count as high-performing.")
    var highGrades = "outstanding"

    @Option(
        help: ArgumentHelp(
            "Which ties count in the headline pairing and cold spots: support or any.",
            discussion:
                "support: a support link (NLE, LLE, SLE) from a high performer, or a trust or federation shared with one. any: any tie of the network of --layers, a shared cluster, hub or partnership included. The any-tie figures are always shown beside the headline."
        ))
    var ties = ChoiceArgument(PairingTies.support)

    @Option(help: "Free-school-meal share from which a school counts as disadvantaged.")
    var disadvantage = 0.3

    @OptionGroup var destination: TableOutputOptions

    func grades(_ text: String, _ option: String) throws -> Set<OfstedGrade> {
        Set(
            try text.split(separator: ",").map { name in
                guard let grade = OfstedGrade(parsing: String(name).trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError(
                        "\(option): unknown grade '\(name)'; allowed: \(OfstedGrade.allowedValues.joined(separator: ", "))"
                    )
                }
                return grade
            })
    }

    func validate() throws {
        _ = try grades(lowGrades, "--low-grades")
        _ = try grades(highGrades, "--high-grades")
        guard (0...1).contains(disadvantage) else { throw ValidationError("--disadvantage is a share from 0 to 1") }
    }

    func run() throws {
        let loaded = try input.load()
        let landscape = loaded.landscape
        let thresholds = PlaceThresholds(
            lowGrades: try grades(lowGrades, "--low-grades"), highGrades: try grades(highGrades, "--high-grades"),
            disadvantage: disadvantage)
        let place = PlaceAnalysis(
            landscape, level: by.value, thresholds: thresholds, selection: try network.selection(), ties: ties.value)
        try Console.emit(
            place.result(landscape, context: loaded.context(layers: network)),
            format: destination.format, table: view.rawValue, to: destination.output)
    }
}
