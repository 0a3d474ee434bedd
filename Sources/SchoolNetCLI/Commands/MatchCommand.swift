import ArgumentParser
import SchoolNetIO
import SchoolNetModel

/// `schoolnet match LANDSCAPE`: proposed support pairings for the schools that need support.
struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Propose supporters for the schools that need support: an optimal assignment within capacities.",
        discussion: """
            The schools that need support are the cold spots of `schoolnet place` (low-performing \
            or disadvantaged, not high performers, with no support reaching them from one). Each \
            may be paired with a high performer (--high-grades) of the same phase (--any-phase to \
            drop the rule), not supporting it already (a support link, trust or federation; a \
            shared cluster, hub or partnership does not count), with places left, within \
            --max-km when set. A pair costs \
            km × --km-weight + context distance × --context-weight (the distance of `schoolnet \
            families` over --features) + --trust-penalty when both are in trusts and share none; \
            a pair whose cost needs something unknown (coordinates, a feature) is not a \
            candidate. A supporter takes at most --capacity schools, less the support links it \
            gives already. The proposals match as many schools as the capacities allow and, among \
            those assignments, have the least total cost (a minimum-cost maximum flow); ties go \
            the same way every run. --all-candidates lists every candidate pair with its cost, so \
            the optimum can be checked. --format csv writes the proposals.
            """
    )

    @OptionGroup var input: LandscapeOptions
    @OptionGroup var thresholds: PlaceThresholdOptions

    @Option(help: "The most schools one supporter takes, counting the support it gives already.")
    var capacity = 2

    @Flag(help: "Allow a supporter of another phase.")
    var anyPhase = false

    @Option(help: "The farthest a supporter may be, in km (needs coordinates).")
    var maxKm: Double?

    @Option(help: "Cost per km between the two schools (0 to ignore distance).")
    var kmWeight = 0.1

    @Option(help: "Cost per unit of context distance (0 to ignore context).")
    var contextWeight = 1.0

    @Option(help: "Added cost when both schools are in trusts and share none.")
    var trustPenalty = 0.0

    @Option(help: "Context features, NAME or NAME=WEIGHT (default: disadvantage,pupils).")
    var features: String?

    @Flag(help: "Also list every candidate pair with its cost.")
    var allCandidates = false

    @OptionGroup var destination: TableOutputOptions

    func validate() throws {
        guard capacity >= 0 else { throw ValidationError("--capacity must be 0 or more") }
        for (value, name) in [
            (kmWeight, "--km-weight"), (contextWeight, "--context-weight"), (trustPenalty, "--trust-penalty"),
        ]
        where !(value >= 0 && value.isFinite) {
            throw ValidationError("\(name) must be a number, 0 or more")
        }
        if let maxKm, !(maxKm > 0 && maxKm.isFinite) { throw ValidationError("--max-km must be a number above 0") }
    }

    func run() throws {
        let loaded = try input.load()
        let landscape = loaded.landscape
        var options = SupportMatching.Options()
        options.thresholds = try thresholds.thresholds()
        options.ties = thresholds.ties.value
        options.capacity = capacity
        options.samePhase = !anyPhase
        options.maximumKilometres = maxKm
        options.kmWeight = kmWeight
        options.contextWeight = contextWeight
        options.trustPenalty = trustPenalty
        if let features {
            options.features = try FeatureList.parse(features, in: landscape)
        }
        let matching = SupportMatching(landscape, options: options)
        try Console.emit(
            matching.result(landscape, allCandidates: allCandidates, context: loaded.context()),
            format: destination.format, table: destination.format == .table ? nil : "proposals", to: destination.output)
    }
}
