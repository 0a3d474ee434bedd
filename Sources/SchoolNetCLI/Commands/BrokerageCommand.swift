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
            Groups are the values of a school attribute: phase, governance, la, region, ofsted, or \
            any custom column. A broker j sits on a two-path i -> j -> k with no tie i -> k; \
            its role is named by the groups (Gould and Fernandez 1989): coordinator (all three in \
            one group), itinerant (i and k in one group, j outside), representative (i and j in \
            one, k in another), gatekeeper (j and k in one, i in another), liaison (all \
            different). Support and traded-service links keep their direction; other ties count \
            both ways. E-I index (Krackhardt and Stern 1988): (external - internal) / (external + \
            internal) ties, per school, per group and for the network; -1 all inward, +1 all outward.
            """
    )

    @OptionGroup var input: LandscapeOptions
    @OptionGroup var network: NetworkOptions

    @Option(help: "The school attribute whose values are the groups (default: la).")
    var groups = "la"

    @OptionGroup var destination: TableOutputOptions

    func run() throws {
        let loaded = try input.load()
        let landscape = loaded.landscape
        try Self.checkAttribute(groups, in: landscape, option: "--groups")
        let report = BrokerageReport(landscape, selection: try network.selection(), attribute: groups)
        try Console.emit(
            report.result(landscape.schools, context: loaded.context(layers: network)),
            format: destination.format, table: destination.format == .table ? nil : "schools", to: destination.output)
    }
}

extension ParsableCommand {
    /// A usage error (status 64) when `name` is not a school attribute of the landscape, naming
    /// the ones it has and the closest.
    static func checkAttribute(_ name: String, in landscape: Landscape, option: String) throws {
        guard !SchoolAttribute.exists(name, in: landscape) else { return }
        let names = SchoolAttribute.names(in: landscape)
        let suggestion = NameSuggestions.phrase(NameSuggestions.closest(to: name, among: names))
        throw ValidationError(
            "\(option): unknown attribute '\(name)'\(suggestion). This landscape's school attributes: "
                + names.joined(separator: ", "))
    }
}
