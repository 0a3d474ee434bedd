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
            Groups are the values of a school attribute: phase, governance, la, region, ofsted, or
            any custom column. A broker j sits on a two-path i -> j -> k with no tie i -> k;
            its role is named by the groups (Gould and Fernandez 1989): coordinator (all three in
            one group), itinerant (i and k in one group, j outside), representative (i and j in
            one, k in another), gatekeeper (j and k in one, i in another), liaison (all
            different). Support and traded-service links keep their direction; other ties count
            both ways. E-I index (Krackhardt and Stern 1988): (external - internal) / (external +
            internal) ties, per school, per group and for the network; -1 all inward, +1 all outward.
            """
    )

    @OptionGroup var input: LandscapeOptions
    @OptionGroup var network: NetworkOptions

    @Option(help: "The school attribute whose values are the groups (default: la).")
    var groups = "la"

    @OptionGroup var destination: TableOutputOptions

    func run() throws {
        let landscape = try input.load()
        let report = BrokerageReport(landscape, selection: try network.selection(), attribute: groups)
        let schools = landscape.schools
        let order = schools.indices.sorted { schools[$0].urn < schools[$1].urn }
        let header = ["urn", "name", "group", "coordinator", "itinerant", "representative", "gatekeeper", "liaison", "brokerage", "ei_index"]
        let r = report.roles
        let rows: [[Any]] = order.map { i in
            [schools[i].urn.rawValue, schools[i].name, report.groups[i], r.coordinator[i], r.itinerant[i],
             r.representative[i], r.gatekeeper[i], r.liaison[i], r.total[i], report.eiIndex.nodes[i]]
        }
        func cell(_ value: Any, table: Bool) -> String {
            (value as? String) ?? (table ? NumberFormat.table(value as! Double) : NumberFormat.exact(value as! Double))
        }
        let text: String
        switch destination.format {
        case .csv:
            text = CSVWriter.line(header) + rows.map { CSVWriter.line($0.map { cell($0, table: false) }) }.joined()
        case .table:
            let groupsTable = TablePrinter.render(
                header: ["group (\(groups))", "E-I index"],
                rows: report.groupNames.enumerated().map { [$0.element, NumberFormat.table(report.eiIndex.groups[$0.offset])] },
                numericFrom: 1)
            text = "E-I index of the network by \(groups): \(NumberFormat.table(report.eiIndex.network))\n\n" + groupsTable + "\n"
                + TablePrinter.render(header: header, rows: rows.map { $0.map { cell($0, table: true) } }, numericFrom: 3)
        case .json:
            text = try JSONOutput.encode([
                "groups": groups,
                "eiIndex": report.eiIndex.network,
                "groupEIIndex": Dictionary(uniqueKeysWithValues: report.groupNames.enumerated().map { ($0.element, report.eiIndex.groups[$0.offset] as Any) }),
                "schools": rows.map { Dictionary(uniqueKeysWithValues: zip(header, $0).map { ($0, $1) }) },
            ])
        }
        try Console.emit(text, to: destination.output)
    }
}
