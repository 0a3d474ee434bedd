import Foundation
import SchoolNetModel

/// A table of a landscape as cells: the columns (the standard ones of `LandscapeSchema`, then
/// every custom column that any row has, in order of first appearance) and one typed value per
/// cell, `ResultValue/unknown` for a blank.
public struct LandscapeTableCells: Sendable {
    public let description: TableDescription
    public let header: [String]
    public let rows: [[ResultValue]]

    init<Entity>(_ table: SchemaTable<Entity>, _ entities: [Entity]) {
        var extra: [String] = []
        var seen = Set(table.columnNames.map { $0.lowercased() })
        for entity in entities {
            for entry in entity[keyPath: table.custom].entries where seen.insert(entry.name.lowercased()).inserted {
                extra.append(entry.name)
            }
        }
        description = table.description
        header = table.columnNames + extra
        rows = entities.map { entity in
            let custom = entity[keyPath: table.custom]
            return table.columns.map { $0.value(entity) } + extra.map { name in .text(custom[name] ?? "") }
        }
    }

    /// The four tables of a landscape, in schema order.
    public static func all(_ landscape: Landscape) -> [LandscapeTableCells] {
        [
            LandscapeTableCells(LandscapeSchema.schools, landscape.schools),
            LandscapeTableCells(LandscapeSchema.structures, landscape.structures),
            LandscapeTableCells(LandscapeSchema.memberships, landscape.memberships),
            LandscapeTableCells(LandscapeSchema.links, landscape.links),
        ]
    }
}

/// Writes a landscape as a bundle the reader reads back to the same landscape: the four files,
/// the standard columns first, then each row's custom columns (the union, in order of first
/// appearance), empty cells for unknowns. Files are written atomically.
public enum LandscapeBundleWriter {
    public static func write(_ landscape: Landscape, to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for table in LandscapeTableCells.all(landscape) {
            let text = CSVWriter.line(table.header) + table.rows.map { CSVWriter.line($0.map(ResultCSV.cell)) }.joined()
            try AtomicFile.write(text, to: (directory as NSString).appendingPathComponent(table.description.fileName))
        }
    }
}
