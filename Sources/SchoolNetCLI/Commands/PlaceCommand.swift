import ArgumentParser
import SchoolNetGraph
import SchoolNetIO
import SchoolNetModel

/// `schoolnet place LANDSCAPE`: coverage, pairing, cold spots and spread by place.
struct PlaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "place",
        abstract: "Reach and equity by local authority or region: coverage, pairing, cold spots, spread of each structure.",
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

    @Option(help: "Free-school-meal share from which a school counts as disadvantaged.")
    var disadvantage = 0.3

    @OptionGroup var destination: TableOutputOptions

    func grades(_ text: String, _ option: String) throws -> Set<OfstedGrade> {
        Set(try text.split(separator: ",").map { name in
            guard let grade = OfstedGrade(parsing: String(name).trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("\(option): unknown grade '\(name)'; allowed: \(OfstedGrade.allowedValues.joined(separator: ", "))")
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
        let landscape = try input.load()
        let thresholds = PlaceThresholds(lowGrades: try grades(lowGrades, "--low-grades"), highGrades: try grades(highGrades, "--high-grades"),
                                         disadvantage: disadvantage)
        let place = PlaceAnalysis(landscape, level: by.value, thresholds: thresholds, selection: try network.selection())
        let text: String
        switch destination.format {
        case .csv:
            let table = self.table(view, place, landscape, exact: true)
            text = CSVWriter.line(table.header) + table.rows.map(CSVWriter.line).joined()
        case .table:
            let table = self.table(view, place, landscape, exact: false)
            text = "Low-performing: Ofsted \(lowGrades); high-performing: \(highGrades); disadvantaged: FSM share >= \(NumberFormat.exact(disadvantage))\n\n"
                + TablePrinter.render(header: table.header, rows: table.rows, numericFrom: table.numericFrom)
        case .json:
            var all: [String: Any] = [
                "at": input.date?.description as Any, "by": by.value.rawValue,
                "thresholds": ["low_grades": thresholds.lowGrades.map(\.rawValue).sorted(), "high_grades": thresholds.highGrades.map(\.rawValue).sorted(),
                               "disadvantage": disadvantage],
            ]
            for view in View.allCases {
                let table = self.table(view, place, landscape, exact: true)
                all[view.rawValue] = JSONOutput.objects(header: table.header, rows: table.rows, numericFrom: table.numericFrom)
            }
            text = try JSONOutput.encode(all)
        }
        try Console.emit(text, to: destination.output)
    }

    func table(_ view: View, _ place: PlaceAnalysis, _ landscape: Landscape, exact: Bool) -> (header: [String], rows: [[String]], numericFrom: Int) {
        let number = { (value: Double) -> String in exact ? NumberFormat.exact(value) : NumberFormat.table(value) }
        switch view {
        case .areas:
            return ([by.value.rawValue, "schools", "in_structure", "coverage", "low_performers", "paired", "pairing", "cold_spots"]
                        + TrustSizeBand.allCases.map { "mat_\($0.rawValue)" },
                    place.areas.map { area in
                        [area.name, String(area.schools), String(area.inStructure), number(area.coverage), String(area.lowPerformers),
                         String(area.paired), number(area.pairing), String(area.coldSpots)]
                            + TrustSizeBand.allCases.map { String(area.trustBands[$0] ?? 0) }
                    }, 1)
        case .coldSpots:
            return (["urn", "name", by.value.rawValue, "ofsted", "disadvantage", "reason"],
                    place.coldSpots.map { spot in
                        let school = landscape.school(spot.urn)
                        return [spot.urn.rawValue, school?.name ?? "", spot.area, school?.ofsted?.rawValue ?? "",
                                school?.disadvantage.map(number) ?? "", spot.reason]
                    }, 6)
        case .spread:
            return (["id", "kind", "members", "local_authorities", "mean_km", "max_km"],
                    place.spread.map { [$0.id, $0.kind.rawValue, String($0.members), String($0.localAuthorities), number($0.meanKilometres), number($0.maxKilometres)] },
                    2)
        }
    }
}
