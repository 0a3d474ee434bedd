import SchoolNetModel

/// A table of a result as CSV: the column names, then one line per row. Numbers in their
/// shortest exact form, unknown and undefined values empty, references by id, a list as its
/// items joined by `;`. A column of records (a finding's evidence) becomes one column per field,
/// named `column:field`, so that a spreadsheet can sort by any of them; a row without the field
/// leaves it empty. With a date, a last column `at` carries it on every row, so that no copy of
/// the file loses the day it describes.
public enum ResultCSV {
    public static func render(_ table: ResultTable, at date: CalendarDate? = nil) -> String {
        // Each column, or for a column of records each of its fields, in order of first appearance.
        var layout: [(column: Int, field: String?)] = []
        for c in table.columns.indices {
            var fields: [String] = []
            for row in table.rows {
                if case .record(let entries) = row[c] {
                    for entry in entries where !fields.contains(entry.name) { fields.append(entry.name) }
                }
            }
            if fields.isEmpty { layout.append((c, nil)) } else { layout += fields.map { (c, $0) } }
        }
        var header = layout.map { place in
            place.field.map { "\(table.columns[place.column].name):\($0)" } ?? table.columns[place.column].name
        }
        if date != nil { header.append("at") }
        let day = date.map { [$0.description] } ?? []
        return CSVWriter.line(header)
            + table.rows.map { row in
                CSVWriter.line(
                    layout.map { place in
                        guard let field = place.field else { return cell(row[place.column]) }
                        guard case .record(let entries) = row[place.column] else { return "" }
                        return entries.first { $0.name == field }.map { cell($0.value) } ?? ""
                    } + day)
            }.joined()
    }

    public static func cell(_ value: ResultValue) -> String {
        switch value {
        case .text(let text): text
        case .count(let count): String(count)
        case .number(let number): NumberFormat.exact(number)
        case .flag(let flag): flag ? "true" : "false"
        case .date(let date): date.description
        case .reference(let id, _): id
        case .list(let items): items.map(cell).joined(separator: ";")
        case .record(let fields): fields.map { "\($0.name)=\(cell($0.value))" }.joined(separator: ";")
        case .unknown, .insufficientData: ""
        }
    }
}
