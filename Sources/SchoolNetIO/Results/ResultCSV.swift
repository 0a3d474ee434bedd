import SchoolNetModel

/// A table of a result as CSV: the column names, then one line per row. Numbers in their
/// shortest exact form, unknown and undefined values empty, references by id, a list as its
/// items joined by `;`, a record as `name=value` pairs joined by `;`. With a date, a last column
/// `at` carries it on every row, so that no copy of the file loses the day it describes.
public enum ResultCSV {
    public static func render(_ table: ResultTable, at date: CalendarDate? = nil) -> String {
        guard let date else {
            return CSVWriter.line(table.columns.map(\.name)) + table.rows.map { CSVWriter.line($0.map(cell)) }.joined()
        }
        let day = date.description
        return CSVWriter.line(table.columns.map(\.name) + ["at"])
            + table.rows.map { CSVWriter.line($0.map(cell) + [day]) }.joined()
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
