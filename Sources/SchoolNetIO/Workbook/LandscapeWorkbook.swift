import Foundation
import SchoolNetModel

/// A landscape kept as one `.xlsx` workbook: a sheet per table, named like the bundle's files
/// (`schools`, `structures`, `memberships`, `links`; case and a `.csv` ending ignored), the
/// header in each sheet's first non-empty row. Read through the same checks as a bundle, with
/// every problem placed at its cell: `book.xlsx: schools!G5: column 'ofsted': unknown value…`.
/// A date column may hold real spreadsheet dates (day numbers) as well as text.
///
/// - Complexity: O(size of the workbook).
public enum LandscapeWorkbook {
    public static func read(path: String, mode: LoadMode = .strict) -> LandscapeLoad {
        let sheets: [WorkbookSheet]
        do { sheets = try WorkbookReader.read(path: path) } catch {
            return LandscapeLoad(landscape: nil, diagnostics: [Diagnostic(.error, file: path, message: "\(error)")])
        }
        var tables: [String: [CSVRecord]] = [:]
        var sheetOf: [String: (name: String, header: [String])] = [:]
        for table in LandscapeSchema.tables {
            let wanted = [table.name, table.fileName]
            guard let sheet = sheets.first(where: { wanted.contains($0.name.lowercased().trimmingSpaces()) }) else {
                continue
            }
            let rows = sheet.rows.filter { !$0.cells.allSatisfy { $0.trimmingSpaces().isEmpty } }
            // Spreadsheets leave out a row's empty cells at its end: a shorter row is padded to the
            // header's width (never to the widest row's, which a damaged sheet can make huge); a
            // longer one is left as it is, for the reader to report.
            let width = rows.first?.cells.count ?? 0
            tables[table.name] = rows.map { row in
                CSVRecord(
                    line: row.number, fields: row.cells + Array(repeating: "", count: max(0, width - row.cells.count)))
            }
            sheetOf[(path as NSString).appendingPathComponent(table.fileName)] = (
                sheet.name, rows.first?.cells.map { $0.trimmingSpaces().lowercased() } ?? []
            )
        }
        let load = LandscapeBundleReader(mode: mode).read(tables: tables, origin: path, serialDates: true)
        // Each problem at its sheet and cell: the column's letter from the sheet's header.
        let placed = load.diagnostics.map { diagnostic -> Diagnostic in
            guard let sheet = sheetOf[diagnostic.file] else {
                var moved = diagnostic
                if diagnostic.file.hasPrefix(path + "/"), diagnostic.message == "required table is missing" {
                    moved.message =
                        "no sheet named 'schools'; the workbook's sheets are: \(sheets.map(\.name).joined(separator: ", "))"
                }
                moved.file = path
                return moved
            }
            var moved = diagnostic
            moved.file = path
            // Messages that point at another table's row name its sheet and row instead.
            for (file, other) in sheetOf {
                let table = (file as NSString).lastPathComponent
                moved.message = moved.message.replacingOccurrences(
                    of: "row of \(table) with a problem (line ",
                    with: "row of sheet '\(other.name)' with a problem (row "
                ).replacingOccurrences(of: "not in \(table)", with: "not in sheet '\(other.name)'")
            }
            moved.message = moved.message.replacingOccurrences(of: "(first on line ", with: "(first on row ")
            if let line = diagnostic.line {
                let index = diagnostic.column.flatMap { sheet.header.firstIndex(of: $0.lowercased()) } ?? 0
                moved.cell = "\(sheet.name)!\(WorkbookReader.columnLetters(index))\(line)"
            } else {
                moved.cell = sheet.name
            }
            return moved
        }
        return LandscapeLoad(
            landscape: load.landscape, diagnostics: placed, skippedRows: load.skippedRows,
            unknownCells: load.unknownCells)
    }
}
