import ArgumentParser
import SchoolNetGraph
import SchoolNetIO
import SchoolNetModel

/// `schoolnet brokerage LANDSCAPE --groups ATTRIBUTE`: who brokers between groups of schools.
struct BrokerageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brokerage",
        abstract: "Gould-Fernandez brokerage roles and Krackhardt's E-I index between groups of schools.",
        discussion: """
            Groups are the values of a school attribute (phase, governance, la, region, ofsted, or \
            any custom column) or each school's structure of a kind (mat, tsa, federation, \
            cluster, partnership, hub, other: its first by id when in several; the schools in none \
            form one group). The density of ties within and between groups is listed too. A broker j sits on a two-path i -> j -> k with no tie i -> k; \
            its role is named by the groups (Gould and Fernandez 1989): coordinator (all three in \
            one group), itinerant (i and k in one group, j outside), representative (i and j in \
            one, k in another), gatekeeper (j and k in one, i in another), liaison (all \
            different). Support and traded-service links keep their direction; other ties count \
            both ways. E-I index (Krackhardt and Stern 1988): (external - internal) / (external + \
            internal) ties, per school, per group and for the network; -1 all inward, +1 all outward. \
            Assortativity (Newman 2003) is reported beside it. --permutations N tests both against \
            chance: the group labels are shuffled N times among the schools that have one (group \
            sizes and the network fixed), from --seed; p-values count the observed arrangement \
            among the permutations, (1 + as extreme) / (N + 1); a shuffle that leaves a group's \
            index undefined is left out, and the permutations column says how many were kept.
            """
    )

    @OptionGroup var input: LandscapeOptions
    @OptionGroup var network: NetworkOptions

    @Option(help: "The school attribute, or kind of structure, whose values are the groups.")
    var groups = "la"

    @Option(help: "Test the E-I indices and assortativity against N shufflings of the group labels.")
    var permutations: Int?

    @Option(help: "The seed of the permutations.")
    var seed: UInt64 = 1

    @OptionGroup var destination: TableOutputOptions

    func validate() throws {
        if let permutations, !(1...1_000_000).contains(permutations) {
            throw ValidationError("--permutations must be between 1 and 1,000,000 (999 or 9,999 are usual)")
        }
    }

    func run() throws {
        let loaded = try input.load()
        let landscape = loaded.landscape
        try Self.checkGroups(groups, in: landscape)
        let report = BrokerageReport(
            landscape, selection: try network.selection(), attribute: groups, permutations: permutations, seed: seed)
        try Console.emit(
            report.result(landscape.schools, context: loaded.context(layers: network)),
            format: destination.format, table: destination.format == .table ? nil : "schools", to: destination.output)
    }
}

extension ParsableCommand {
    /// A usage error (status 64) when `name` is neither a school attribute nor a kind of structure.
    static func checkGroups(_ name: String, in landscape: Landscape) throws {
        guard !SchoolGrouping.exists(name, in: landscape) else { return }
        let names = SchoolGrouping.names(in: landscape)
        let suggestion = NameSuggestions.phrase(NameSuggestions.closest(to: name, among: names))
        let kinds = StructureKind.allCases.map(\.rawValue)
        throw ValidationError(
            "--groups: unknown attribute '\(name)'\(suggestion.isEmpty ? "." : suggestion) This landscape's school attributes: "
                + SchoolAttribute.names(in: landscape).joined(separator: ", ") + "; or a kind of structure: "
                + kinds.joined(separator: ", "))
    }

    /// A usage error (status 64) when `name` is not a school attribute of the landscape, naming
    /// the ones it has and the closest.
    static func checkAttribute(_ name: String, in landscape: Landscape, option: String) throws {
        guard !SchoolAttribute.exists(name, in: landscape) else { return }
        let names = SchoolAttribute.names(in: landscape)
        let suggestion = NameSuggestions.phrase(NameSuggestions.closest(to: name, among: names))
        throw ValidationError(
            "\(option): unknown attribute '\(name)'\(suggestion.isEmpty ? "." : suggestion) This landscape's school attributes: "
                + names.joined(separator: ", "))
    }
}
