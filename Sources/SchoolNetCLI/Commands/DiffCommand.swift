import ArgumentParser
import SchoolNetIO
import SchoolNetModel

/// `schoolnet diff LANDSCAPE --from DATE --to DATE`: what changed between two dates.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two dates: joins, leaves, structures formed and dissolved, moves between kinds, hybrid forms.",
        discussion: """
            Each side is the landscape as it stood that day (a structure, membership or link is
            active on D when it started on or before D and had not ended by D). A move is a school
            that left a structure of one kind and joined one of another kind (a cluster for a
            trust, a federation for a MAT). Hybrid pairs and leads are compared with the
            thresholds of 'schoolnet hybrids'.
            """
    )

    @Argument(help: "The landscape folder.")
    var landscape: String

    @Flag(help: "Skip rows with problems, listing each as a warning.")
    var lenient = false

    @Option(help: "The earlier date (YYYY-MM-DD).")
    var from: String

    @Option(help: "The later date (YYYY-MM-DD, or 'today').")
    var to: String

    @Option(help: "table or json.")
    var format: TextFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func dates() throws -> (CalendarDate, CalendarDate) {
        let start = LandscapeOptions.parseDate(from), end = LandscapeOptions.parseDate(to)
        guard let start else { throw ValidationError("--from takes a date as YYYY-MM-DD; got '\(from)'") }
        guard let end else { throw ValidationError("--to takes a date as YYYY-MM-DD or 'today'; got '\(to)'") }
        guard start < end else { throw ValidationError("--from must be before --to") }
        return (start, end)
    }

    func validate() throws { _ = try dates() }

    func run() throws {
        let (start, end) = try dates()
        var options = try LandscapeOptions.parse([landscape] + (lenient ? ["--lenient"] : []))
        options.at = nil
        let loaded = try options.load()
        let change = LandscapeChange(loaded, from: start, to: end)
        func name(_ urn: URN) -> String { loaded.school(urn)?.name ?? "" }
        func kindOf(_ id: String) -> String { loaded.structure(id)?.kind.rawValue ?? "" }
        let text: String
        switch format {
        case .json:
            text = try JSONOutput.encode([
                "from": start.description, "to": end.description,
                "joins": change.joins.map { ["structure": $0.structureID, "kind": kindOf($0.structureID), "urn": $0.urn.rawValue, "name": name($0.urn)] },
                "leaves": change.leaves.map { ["structure": $0.structureID, "kind": kindOf($0.structureID), "urn": $0.urn.rawValue, "name": name($0.urn)] },
                "formed": change.formed.map { ["id": $0.id, "kind": $0.kind.rawValue, "name": $0.displayName] },
                "dissolved": change.dissolved.map { ["id": $0.id, "kind": $0.kind.rawValue, "name": $0.displayName] },
                "moves": change.moves.map { move in
                    ["urn": move.urn.rawValue, "name": name(move.urn),
                     "from": move.left.map { ["structure": $0.id, "kind": $0.kind.rawValue] },
                     "to": move.joined.map { ["structure": $0.id, "kind": $0.kind.rawValue] }] as [String: Any]
                },
                "hybrid_pairs_appeared": change.hybridPairsAppeared.map { ["a": $0.overlap.a, "b": $0.overlap.b, "kinds": $0.kinds.map(\.rawValue)] as [String: Any] },
                "hybrid_pairs_ended": change.hybridPairsEnded.map { ["a": $0.overlap.a, "b": $0.overlap.b, "kinds": $0.kinds.map(\.rawValue)] as [String: Any] },
                "hybrid_leads_appeared": change.hybridLeadsAppeared.map { ["urn": $0.urn.rawValue, "kinds": $0.kinds.map(\.rawValue)] as [String: Any] },
                "hybrid_leads_ended": change.hybridLeadsEnded.map { ["urn": $0.urn.rawValue, "kinds": $0.kinds.map(\.rawValue)] as [String: Any] },
            ])
        case .table:
            var out = "Changes from \(start) to \(end)\n"
            out += "\nStructures formed (\(change.formed.count))\n" + TablePrinter.render(
                header: ["id", "kind", "name"], rows: change.formed.map { [$0.id, $0.kind.rawValue, $0.displayName] }, numericFrom: 3)
            out += "\nStructures dissolved (\(change.dissolved.count))\n" + TablePrinter.render(
                header: ["id", "kind", "name"], rows: change.dissolved.map { [$0.id, $0.kind.rawValue, $0.displayName] }, numericFrom: 3)
            out += "\nMoves between kinds (\(change.moves.count))\n" + TablePrinter.render(
                header: ["urn", "name", "left", "joined"],
                rows: change.moves.map { [$0.urn.rawValue, name($0.urn), $0.left.map { "\($0.id) (\($0.kind.rawValue))" }.joined(separator: ", "),
                                          $0.joined.map { "\($0.id) (\($0.kind.rawValue))" }.joined(separator: ", ")] }, numericFrom: 4)
            out += "\nJoins (\(change.joins.count))\n" + TablePrinter.render(
                header: ["structure", "kind", "urn", "name"], rows: change.joins.map { [$0.structureID, kindOf($0.structureID), $0.urn.rawValue, name($0.urn)] }, numericFrom: 4)
            out += "\nLeaves (\(change.leaves.count))\n" + TablePrinter.render(
                header: ["structure", "kind", "urn", "name"], rows: change.leaves.map { [$0.structureID, kindOf($0.structureID), $0.urn.rawValue, name($0.urn)] }, numericFrom: 4)
            out += "\nHybrid pairs appeared: \(change.hybridPairsAppeared.map { "\($0.overlap.a)+\($0.overlap.b)" }.joined(separator: ", "))"
            out += "\nHybrid pairs ended: \(change.hybridPairsEnded.map { "\($0.overlap.a)+\($0.overlap.b)" }.joined(separator: ", "))"
            out += "\nHybrid leads appeared: \(change.hybridLeadsAppeared.map { "\($0.urn) (\($0.kinds.map(\.rawValue).joined(separator: "+")))" }.joined(separator: ", "))"
            out += "\nHybrid leads ended: \(change.hybridLeadsEnded.map { "\($0.urn) (\($0.kinds.map(\.rawValue).joined(separator: "+")))" }.joined(separator: ", "))\n"
            text = out
        }
        try Console.emit(text, to: output)
    }
}
