import ArgumentParser
import SchoolNetIO
import SchoolNetModel

/// `schoolnet hybrids LANDSCAPE`: hybrid leads, hybrid pairs, hybridity and fragmentation.
struct HybridsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hybrids",
        abstract: "Hybrid structures: hybrid leads, hybrid pairs, each structure's hybridity, fragmentation by area.",
        discussion: """
            A hybrid lead leads structures of two or more kinds (the lead column, or the lead role).
            A hybrid pair is two structures of different kinds whose members largely coincide:
            overlap coefficient at least --pair-overlap, Jaccard index at least --pair-jaccard (so
            that a small structure that merely sits inside a large one does not count) and at
            least --pair-min-shared schools in common. A structure's hybridity is the share of its members that also sit in a
            structure of another kind. Fragmentation per local authority: the structures touching
            the area and the structures per school. The thresholds are echoed in the output.
            """
    )

    @OptionGroup var input: LandscapeOptions

    @Option(help: "Overlap coefficient from which two structures of different kinds form a hybrid pair.")
    var pairOverlap = 0.5

    @Option(help: "Schools two structures must share to form a hybrid pair.")
    var pairMinShared = 2

    @Option(help: "Jaccard index two structures must reach to form a hybrid pair.")
    var pairJaccard = 0.4

    @Option(help: "table or json.")
    var format: TextFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        guard (0...1).contains(pairOverlap) else { throw ValidationError("--pair-overlap is a share from 0 to 1") }
        guard pairMinShared >= 1 else { throw ValidationError("--pair-min-shared must be at least 1") }
        guard (0...1).contains(pairJaccard) else { throw ValidationError("--pair-jaccard is a share from 0 to 1") }
    }

    func run() throws {
        let landscape = try input.load()
        let hybrids = HybridStructures(landscape, thresholds: HybridThresholds(pairOverlap: pairOverlap, pairMinimumShared: pairMinShared, pairJaccard: pairJaccard))
        let text: String
        switch format {
        case .json:
            text = try JSONOutput.encode([
                "at": input.date?.description as Any,
                "thresholds": ["pair_overlap": pairOverlap, "pair_min_shared": pairMinShared, "pair_jaccard": pairJaccard],
                "leads": hybrids.leads.map { ["urn": $0.urn.rawValue, "name": landscape.school($0.urn)?.name as Any,
                                              "kinds": $0.kinds.map(\.rawValue), "structures": $0.structures] as [String: Any] },
                "pairs": hybrids.pairs.map {
                    ["a": $0.overlap.a, "b": $0.overlap.b, "kinds": $0.kinds.map(\.rawValue), "shared": $0.overlap.shared,
                     "overlap_coefficient": $0.overlap.overlapCoefficient, "jaccard": $0.overlap.jaccard,
                     "relation": $0.overlap.relation.rawValue] as [String: Any]
                },
                "structures": hybrids.hybridity.map { ["id": $0.id, "kind": $0.kind.rawValue, "members": $0.members, "hybridity": $0.hybridity] as [String: Any] },
                "fragmentation": hybrids.fragmentation.map {
                    ["la": $0.localAuthority, "schools": $0.schools, "structures_touching": $0.structuresTouching,
                     "structures_per_school": $0.structuresPerSchool] as [String: Any]
                },
            ])
        case .table:
            var out = "Thresholds: hybrid pair when overlap coefficient >= \(NumberFormat.exact(pairOverlap)), Jaccard >= "
                + "\(NumberFormat.exact(pairJaccard)) and >= \(pairMinShared) shared schools\n\n"
            out += "Hybrid leads (\(hybrids.leads.count))\n" + TablePrinter.render(
                header: ["urn", "name", "kinds", "structures"],
                rows: hybrids.leads.map { [$0.urn.rawValue, landscape.school($0.urn)?.name ?? "", $0.kinds.map(\.rawValue).joined(separator: "+"), $0.structures.joined(separator: ", ")] },
                numericFrom: 4)
            out += "\nHybrid pairs (\(hybrids.pairs.count))\n" + TablePrinter.render(
                header: ["a", "b", "kinds", "shared", "overlap", "relation"],
                rows: hybrids.pairs.map { [$0.overlap.a, $0.overlap.b, $0.kinds.map(\.rawValue).joined(separator: "+"), String($0.overlap.shared),
                                           NumberFormat.table($0.overlap.overlapCoefficient), $0.overlap.relation.rawValue] },
                numericFrom: 3)
            out += "\nHybridity of each structure\n" + TablePrinter.render(
                header: ["id", "kind", "members", "hybridity"],
                rows: hybrids.hybridity.map { [$0.id, $0.kind.rawValue, String($0.members), NumberFormat.table($0.hybridity)] },
                numericFrom: 2)
            out += "\nFragmentation by local authority\n" + TablePrinter.render(
                header: ["la", "schools", "structures touching", "structures per school"],
                rows: hybrids.fragmentation.map { [$0.localAuthority, String($0.schools), String($0.structuresTouching), NumberFormat.table($0.structuresPerSchool)] },
                numericFrom: 1)
            text = out
        }
        try Console.emit(text, to: output)
    }
}
