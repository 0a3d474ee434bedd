/// A table of a result: described columns and one row of values per item, in a fixed order.
///
/// Built from rows of a concrete type and the columns that read them, so that each column is
/// declared once and every format shows the same values.
public struct ResultTable: Sendable, Equatable {
    /// The key of the table in JSON and the anchor of its section (`pairs`, `cold-spots`).
    public var name: String
    /// The heading above it in an aligned table or the report (`Hybrid pairs`); nil for none.
    public var title: String?
    public var columns: [ColumnDescription]
    public var rows: [[ResultValue]]
    /// In JSON, an object keyed by this column's values (each holding the other columns)
    /// instead of a list of rows; nil for a list.
    public var keyColumn: String?

    public init<Row>(
        _ name: String, title: String? = nil, keyedBy keyColumn: String? = nil, rows: some Sequence<Row>,
        columns: [ResultColumn<Row>]
    ) {
        self.name = name
        self.title = title
        self.keyColumn = keyColumn
        self.columns = columns.map(\.description)
        self.rows = rows.map { row in columns.map { $0.value(row) } }
    }

    /// The table with only the named columns, in the order given (names not present are left out).
    public func selecting(_ names: [String]) -> ResultTable {
        let positions = names.compactMap { name in columns.firstIndex { $0.name == name } }
        var table = self
        table.columns = positions.map { columns[$0] }
        table.rows = rows.map { row in positions.map { row[$0] } }
        return table
    }

    /// The first `count` rows.
    public func prefix(_ count: Int) -> ResultTable {
        var table = self
        table.rows = Array(rows.prefix(count))
        return table
    }

    /// The values of the named column, in row order.
    public func values(of column: String) -> [ResultValue] {
        guard let position = columns.firstIndex(where: { $0.name == column }) else { return [] }
        return rows.map { $0[position] }
    }

    /// The position of the named column.
    public func position(of column: String) -> Int? { columns.firstIndex { $0.name == column } }

    /// The table with only the rows that pass `keep`.
    public func filtered(_ keep: ([ResultValue]) -> Bool) -> ResultTable {
        var table = self
        table.rows = rows.filter(keep)
        return table
    }

    /// The table with its rows in a new order.
    public func sorted(by areInIncreasingOrder: ([ResultValue], [ResultValue]) -> Bool) -> ResultTable {
        var table = self
        table.rows = rows.sorted(by: areInIncreasingOrder)
        return table
    }
}

extension ResultValue {
    /// The value as a number: a number or a count; nil for anything else.
    public var numeric: Double? {
        switch self {
        case .number(let number): number
        case .count(let count): Double(count)
        default: nil
        }
    }

    /// The id of a reference, or the text of a text; nil for anything else.
    public var identifier: String? {
        switch self {
        case .text(let text): text
        case .reference(let id, _): id
        default: nil
        }
    }
}
