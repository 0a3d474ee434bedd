import ArgumentParser
import Foundation
import SchoolNetIO
import SchoolNetModel

/// `schoolnet summary LANDSCAPE`: counts by kind, MAT size bands, components, density.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Count schools, structures and links by kind, trusts by size band; network-level figures.",
        discussion: """
            MAT size bands follow the National Schools Commissioner: starter 1-5 academies,
            established 6-15, national 16-30, system-leader 31+. Components and density are those
            of the school network over all layers, each structure joining its members pairwise, as
            are transitivity (NetworkX transitivity), average clustering, Freeman degree
            centralization and assortativity by phase, Ofsted grade and governance (NetworkX
            attribute_assortativity_coefficient).
            """
    )

    @OptionGroup var input: LandscapeOptions

    @Option(help: "table or json.")
    var format: TextFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let summary = LandscapeSummary(try input.load())
        let text = switch format {
        case .table: SummaryPresentation.table(summary, landscape: input.landscape, date: input.date)
        case .json: try SummaryPresentation.json(summary, date: input.date)
        }
        try Console.emit(text, to: output)
    }
}

/// The summary as an aligned text table or as JSON with sorted keys (same input, same bytes).
enum SummaryPresentation {
    static func table(_ s: LandscapeSummary, landscape: String, date: CalendarDate?) -> String {
        var rows: [(String, String)] = []
        func row(_ label: String, _ value: Int, _ note: String = "") {
            rows.append((label, "\(value)" + (note.isEmpty ? "" : "  \(note)")))
        }
        row("Schools", s.schools, "(\(s.connectedSchools) in a structure or link)")
        row("Structures", s.structuresByKind.values.reduce(0, +))
        for kind in StructureKind.allCases { if let n = s.structuresByKind[kind] { row("  \(kind.displayName)", n) } }
        row("Memberships", s.memberships)
        row("Links", s.linksByKind.values.reduce(0, +))
        for kind in LinkKind.allCases { if let n = s.linksByKind[kind] { row("  \(kind.displayName)", n) } }
        rows.append(("MAT size bands (academies)", ""))
        for band in TrustSizeBand.allCases { row("  \(band.rawValue) (\(band.range))", s.trustSizeBands[band] ?? 0) }
        rows.append(("School network (all layers)", ""))
        row("  ties", s.ties)
        rows.append(("  density", format(s.density)))
        row("  components", s.components, "(largest \(s.largestComponent) schools; \(s.isolatedSchools) isolated)")
        rows.append(("  transitivity", format(s.transitivity)))
        rows.append(("  average clustering", format(s.averageClustering)))
        rows.append(("  degree centralization", format(s.degreeCentralization)))
        for (attribute, value) in s.assortativity { rows.append(("  assortativity by \(attribute)", format(value))) }
        let width = rows.map(\.0.count).max() ?? 0
        var text = "Landscape: \(landscape)" + (date.map { " at \($0)" } ?? "") + "\n"
        for (label, value) in rows {
            text += value.isEmpty ? "\(label)\n"
                : label + String(repeating: " ", count: width - label.count + 2) + value + "\n"
        }
        return text
    }

    static func json(_ s: LandscapeSummary, date: CalendarDate?) throws -> String {
        try JSONOutput.encode([
            "at": date?.description as Any,
            "schools": s.schools,
            "schoolsInStructureOrLink": s.connectedSchools,
            "structures": Dictionary(uniqueKeysWithValues: s.structuresByKind.map { ($0.key.rawValue, $0.value) }),
            "memberships": s.memberships,
            "links": Dictionary(uniqueKeysWithValues: s.linksByKind.map { ($0.key.rawValue, $0.value) }),
            "matSizeBands": Dictionary(uniqueKeysWithValues: TrustSizeBand.allCases.map { ($0.rawValue, s.trustSizeBands[$0] ?? 0) }),
            "ties": s.ties, "density": s.density, "components": s.components,
            "largestComponent": s.largestComponent, "isolatedSchools": s.isolatedSchools,
            "transitivity": s.transitivity, "averageClustering": s.averageClustering,
            "degreeCentralization": s.degreeCentralization,
            "assortativity": Dictionary(uniqueKeysWithValues: s.assortativity.map { ($0.attribute, $0.value) }),
        ])
    }

    /// Six decimal places, the same on every platform.
    static func format(_ value: Double) -> String { value.isNaN ? "undefined" : String(format: "%.6f", value) }
}
