import ArgumentParser
import SchoolNetIO
import SchoolNetModel

/// Who counts as low- and high-performing and disadvantaged, and which ties count as support:
/// the choices of `place`, which `report` takes too.
struct PlaceThresholdOptions: ParsableArguments {
    static let defaultLow = "requires-improvement,inadequate"
    static let defaultHigh = "outstanding"
    static let defaultDisadvantage = 0.3

    @Option(help: "Comma-separated Ofsted grades that count as low-performing.")
    var lowGrades = Self.defaultLow

    @Option(help: "Comma-separated Ofsted grades that count as high-performing.")
    var highGrades = Self.defaultHigh

    @Option(
        help: ArgumentHelp(
            "Which ties count in the headline pairing and cold spots: support or any.",
            discussion:
                "support: a support link (NLE, LLE, SLE) from a high performer, or a trust or federation shared with one. any: any tie of the network of --layers, a shared cluster, hub or partnership included. The any-tie figures are always shown beside the headline."
        ))
    var ties = ChoiceArgument(PairingTies.support)

    @Option(help: "Free-school-meal share from which a school counts as disadvantaged.")
    var disadvantage = Self.defaultDisadvantage

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
        _ = try thresholds()
        guard (0...1).contains(disadvantage) else { throw ValidationError("--disadvantage is a share from 0 to 1") }
    }

    func thresholds() throws -> PlaceThresholds {
        PlaceThresholds(
            lowGrades: try grades(lowGrades, "--low-grades"), highGrades: try grades(highGrades, "--high-grades"),
            disadvantage: disadvantage)
    }

    /// The options as given, for a command line that repeats them; nothing for a default.
    var arguments: [String] {
        var words: [String] = []
        if lowGrades != Self.defaultLow { words += ["--low-grades", lowGrades] }
        if highGrades != Self.defaultHigh { words += ["--high-grades", highGrades] }
        if ties.value != .support { words += ["--ties", ties.value.rawValue] }
        if disadvantage != Self.defaultDisadvantage { words += ["--disadvantage", NumberFormat.exact(disadvantage)] }
        return words
    }
}
