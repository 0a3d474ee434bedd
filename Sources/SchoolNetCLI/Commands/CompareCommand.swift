import ArgumentParser
import SchoolNetIO
import SchoolNetModel

/// `schoolnet compare LANDSCAPE --kind KIND --outcome ATTRIBUTE`: members against matched
/// non-members.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare the members of a kind of structure (or one structure) with non-members matched on context.",
        discussion: """
            Members of a structure of --kind (or of --members-of ID) on the date are each matched \
            to the nearest non-member of the same stratum by the context distance of `schoolnet \
            families` (--features), within --calliper when set; without --replacement each \
            non-member serves once and the pairs are an optimal matching (most members matched, \
            least total distance). Reported: the mean difference in --outcome (member less match), \
            its 95% interval from --resamples bootstrap resamples of the pairs, and a two-sided \
            p-value from as many random sign flips of the pair differences, both from --seed. A \
            descriptive association among similar schools, not an effect of membership. --format \
            csv writes the pairs.
            """
    )

    @OptionGroup var input: LandscapeOptions

    @Option(
        help: "Compare the members of structures of this kind: mat, tsa, federation, cluster, partnership, hub, other.")
    var kind: ChoiceArgument<StructureKind>?

    @Option(help: "Compare the members of this one structure (its id).")
    var membersOf: String?

    @Option(help: "The numeric school attribute compared (e.g. attainment).")
    var outcome = "attainment"

    @Option(help: "Context features, NAME or NAME=WEIGHT (default: phase,disadvantage,pupils).")
    var features: String?

    @Option(help: "The largest context distance a pair may have.")
    var calliper: Double?

    @Flag(help: "Let a non-member be the match of more than one member.")
    var replacement = false

    @Option(help: "Bootstrap resamples and sign flips.")
    var resamples = 999

    @Option(help: "The seed of the resamples and sign flips.")
    var seed: UInt64 = 1

    @OptionGroup var destination: TableOutputOptions

    func validate() throws {
        guard (kind == nil) != (membersOf == nil) else {
            throw ValidationError("give --kind KIND or --members-of ID (one of them)")
        }
        if let calliper, !(calliper > 0 && calliper.isFinite) {
            throw ValidationError("--calliper must be a number above 0")
        }
        guard (1...1_000_000).contains(resamples) else {
            throw ValidationError("--resamples must be between 1 and 1,000,000")
        }
    }

    func run() throws {
        let loaded = try input.load()
        let landscape = loaded.landscape
        guard SchoolAttribute.exists(outcome, in: landscape), ContextFeatures.isNumeric(outcome, in: landscape) else {
            throw ValidationError(
                "--outcome: '\(outcome)' is not a numeric school attribute of this landscape (attainment, disadvantage, pupils, or a numeric column of your own)"
            )
        }
        let group: String
        let memberURNs: Set<URN>
        if let membersOf {
            guard let structure = landscape.structure(membersOf) else {
                throw ValidationError(
                    "--members-of: no structure '\(membersOf)' on this date (see `schoolnet list structures`)")
            }
            group = structure.id
            memberURNs = Set(landscape.memberships(of: structure.id).map(\.urn))
        } else {
            let kind = kind!.value
            group = kind.rawValue
            memberURNs = Set(
                landscape.memberships.filter { landscape.structure($0.structureID)?.kind == kind }.map(\.urn))
        }
        let items = features.map { $0.split(separator: ",").map(String.init) } ?? ["phase", "disadvantage", "pupils"]
        let chosen = try FeatureList.parse(items.joined(separator: ","), in: landscape)
        let context = ContextFeatures(landscape, features: chosen)
        let members = Set(landscape.schools.indices.filter { memberURNs.contains(landscape.schools[$0].urn) })
        let comparison = MatchedComparison(
            landscape, members: members, outcome: outcome, features: context, calliper: calliper,
            replacement: replacement, resamples: resamples, seed: seed)
        try Console.emit(
            comparison.result(
                landscape, group: group, features: context, calliper: calliper, replacement: replacement,
                resamples: resamples, seed: seed, context: loaded.context()),
            format: destination.format, table: destination.format == .table ? nil : "pairs", to: destination.output)
    }
}
