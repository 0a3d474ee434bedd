import ArgumentParser
import Foundation
import SchoolNetIO
import SchoolNetModel

/// `schoolnet patterns LANDSCAPE`: hierarchical, exclusive and marketised alliances, with evidence.
struct PatternsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patterns",
        abstract: "Judge every led structure hierarchical, exclusive or marketised, with the evidence and thresholds.",
        discussion: """
            Verdicts are yes, no or insufficient-data. Thresholds (defaults in brackets) can be set \
            with --threshold name=value (repeatable) or from a JSON file of the same names: \(
                PatternThresholds.names.map { "\($0) [\(NumberFormat.exact(PatternThresholds().value($0)))]" }
                .joined(separator: ", ")). The E-I index must be below exclusive_ei_index. \
            Definitions: the Definitions article of SchoolNetModel \
            (Sources/SchoolNetModel/SchoolNetModel.docc/Definitions.md), "Alliance patterns". \
            Scope: each structure with a lead; with --scope lead or all, each lead's wider circle \
            too (every school in a structure it leads or joined to it by a link), reported as \
            lead:<URN>, a judgement of its own rather than a second finding of the same alliance.
            """
    )

    @OptionGroup var input: LandscapeOptions

    @OptionGroup var judged: PatternThresholdOptions

    @Option(help: "What to judge: structure (each led structure, the default), lead (each lead's wider circle) or all.")
    var scope = ChoiceArgument(PatternScope.structure)

    @Option(
        help: ArgumentHelp(
            "Count as evidence of marketised trading only the traded services that ended in this many years before the date (default: every one before it).",
            discussion:
                "Short-lived trading shows only in services that have ended; support and partnerships count as they stand on the date."
        ))
    var tradingHistory: Int?

    @OptionGroup var destination: TableOutputOptions

    func validate() throws {
        _ = try judged.thresholds()
        if let tradingHistory, tradingHistory < 0 {
            throw ValidationError("--trading-history is a number of years, 0 or more")
        }
    }

    func run() throws {
        let loaded = try input.load(tradingHistory: .init(years: tradingHistory))
        let landscape = loaded.landscape
        let thresholds = try judged.thresholds()
        let findings = AlliancePatterns.findings(landscape, thresholds: thresholds, scopes: scope.value.scopes)
        var context = loaded.context()
        if loaded.date != nil {
            context.notes.append(
                "Structures, memberships, support and partnerships count as they stand on the date; traded services "
                    + (tradingHistory.map { "that ended in the \($0) years before it too." }
                        ?? "that ended before it too."))
        }
        let result = FindingsResult.make(findings, thresholds: thresholds, landscape: landscape, context: context)
        try Console.emit(result, format: destination.format, to: destination.output)
    }
}

/// `--scope` of `schoolnet patterns`.
enum PatternScope: String, CaseIterable, Sendable {
    case structure, lead, all

    var scopes: Set<FindingScope> {
        switch self {
        case .structure: [.structure]
        case .lead: [.lead]
        case .all: Set(FindingScope.allCases)
        }
    }
}
