import Foundation
import SchoolNetModel

/// Writes a landscape as a bundle the reader reads back to the same landscape: the four files,
/// the standard columns first, then each row's custom columns (the union, in order of first
/// appearance), empty cells for unknowns. Files are written atomically.
public enum LandscapeBundleWriter {
    public static func write(_ landscape: Landscape, to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for table in tables(landscape) {
            let text = CSVWriter.line(table.header) + table.rows.map(CSVWriter.line).joined()
            try AtomicFile.write(text, to: (directory as NSString).appendingPathComponent(table.name))
        }
    }

    /// The four tables as the bundle holds them: file name, header, rows of cells.
    public static func tables(_ landscape: Landscape) -> [(name: String, header: [String], rows: [[String]])] {
        func table(_ name: String, _ header: [String], _ rows: [([String], CustomAttributes)]) -> (name: String, header: [String], rows: [[String]]) {
            var extra: [String] = []
            for (_, custom) in rows {
                for entry in custom.entries where !extra.contains(where: { $0.lowercased() == entry.name.lowercased() }) {
                    extra.append(entry.name)
                }
            }
            return (name, header + extra, rows.map { values, custom in values + extra.map { custom[$0] ?? "" } })
        }
        func number(_ value: Double?) -> String { value.map(NumberFormat.exact) ?? "" }
        func date(_ value: CalendarDate?) -> String { value?.description ?? "" }
        return [
            table("schools.csv",
                  ["urn", "name", "phase", "governance", "la", "region", "ofsted", "attainment", "disadvantage",
                   "pupils", "latitude", "longitude", "designations"],
                  landscape.schools.map { s in
                      ([s.urn.rawValue, s.name, s.phase?.rawValue ?? "", s.governance?.rawValue ?? "", s.localAuthority ?? "",
                        s.region ?? "", s.ofsted?.rawValue ?? "", number(s.attainment), number(s.disadvantage),
                        s.pupils.map(String.init) ?? "", number(s.location?.latitude), number(s.location?.longitude),
                        s.designations.map(\.rawValue).joined(separator: ";")], s.custom)
                  }),
            table("structures.csv", ["id", "kind", "name", "lead", "formed", "dissolved", "federation-type"],
                  landscape.structures.map { s in
                      ([s.id, s.kind.rawValue, s.name ?? "", s.lead?.rawValue ?? "", date(s.period.start), date(s.period.end),
                        s.federationType?.rawValue ?? ""], s.custom)
                  }),
            table("memberships.csv", ["structure", "urn", "role", "joined", "left"],
                  landscape.memberships.map { m in
                      ([m.structureID, m.urn.rawValue, m.role.rawValue, date(m.period.start), date(m.period.end)], m.custom)
                  }),
            table("links.csv", ["source", "target", "kind", "depth", "driver", "weight", "start", "end"],
                  landscape.links.map { l in
                      ([l.source.rawValue, l.target.rawValue, l.kind.rawValue, l.depth?.rawValue ?? "", l.driver?.rawValue ?? "",
                        NumberFormat.exact(l.weight), date(l.period.start), date(l.period.end)], l.custom)
                  }),
        ]
    }
}
