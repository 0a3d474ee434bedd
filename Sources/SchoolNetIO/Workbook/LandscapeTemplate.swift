import Foundation
import SchoolNetModel

/// An empty landscape to start from, so that nobody has to guess a column name: a sheet (or CSV
/// file) per table with its header, a sheet of instructions, and a sheet of every column with
/// whether it is required, what it means and the values it allows, all from
/// `LandscapeSchema`.
public enum LandscapeTemplate {
    /// The instructions, one line each.
    public static let instructions: [String] = [
        "A school partnership landscape for schoolnet.",
        "schools: one row per school (urn and name are needed). structures: one row per trust, alliance, federation, cluster, partnership or hub. memberships: one row per school in a structure. links: one row per tie between two schools (support, partnership, traded service).",
        "Only schools is needed: leave the other sheets with their first row alone if you have none.",
        "Keep the first row of every sheet: it names the columns. The columns sheet says which are needed, what each means and the values it allows.",
        "An empty cell means unknown, never zero.",
        "Dates may be spreadsheet dates or written 2019-09-01 or 01/09/2019 (day first). A share may be written 0.32 or 32%.",
        "Columns of your own (diocese, rural, …) may be added anywhere: they are kept and can colour a diagram.",
        "Then check it: schoolnet validate FILE (a problem is reported at its sheet and cell, schools!G5).",
    ]

    /// Every standard column: table, column, needed, meaning, allowed values.
    public static var columnRows: [[String]] {
        var rows = [["sheet", "column", "needed", "meaning", "allowed values"]]
        for table in LandscapeSchema.tables {
            for column in table.columns {
                rows.append([
                    table.name, column.name, column.isRequired ? "yes" : "", column.meaning, allowed(column.type),
                ])
            }
        }
        return rows
    }

    static func allowed(_ type: ColumnType) -> String {
        switch type {
        case .choice(let values): values.joined(separator: ", ")
        case .choices(let values): values.joined(separator: "; ") + " (several separated by ;)"
        case .date: "a date"
        case .count: "a whole number, 0 or more"
        case .number(let rule):
            rule.rangeText.map { "a number, \($0)" } ?? (rule.isPositive ? "a number above 0" : "a number")
        case .urn: "a URN"
        case .structureID: "a structure's id"
        case .text, .name: "text"
        }
    }

    /// The workbook: instructions, the four tables' headers, the columns.
    public static func workbook() throws -> [UInt8] {
        var sheets = [WorkbookWriter.Sheet(name: "instructions", rows: instructions.map { [$0] }, boldFirstRow: true)]
        for table in LandscapeSchema.tables {
            sheets.append(WorkbookWriter.Sheet(name: table.name, rows: [table.columns.map(\.name)]))
        }
        sheets.append(WorkbookWriter.Sheet(name: "columns", rows: columnRows))
        return try WorkbookWriter.bytes(sheets)
    }

    /// The folder: the four files with their headers, and `columns.csv` and `instructions.txt`.
    public static func files() -> [(name: String, text: String)] {
        LandscapeSchema.tables.map { table in
            (table.fileName, CSVWriter.line(table.columns.map(\.name)))
        } + [
            ("columns.csv", columnRows.map(CSVWriter.line).joined()),
            ("instructions.txt", instructions.joined(separator: "\n") + "\n"),
        ]
    }
}
