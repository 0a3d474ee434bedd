/// What a column of a result holds: declared once, read by every renderer (the header of an
/// aligned table, CSV and JSON, the heading of the report's table) and by the documentation.
public struct ColumnDescription: Sendable, Equatable {
    /// The machine name: CSV header, JSON key (`overlap_coefficient`).
    public var name: String
    /// The heading people read in the report (`overlap coefficient`).
    public var label: String
    /// One sentence: what the value is, and the convention or reference it follows.
    public var meaning: String
    /// The unit or scale of a number (`km`, `share 0 to 1`); nil where the meaning says it all.
    public var unit: String?
    /// Right-aligned in tables and sorted as numbers.
    public var isNumeric: Bool

    public init(name: String, label: String? = nil, meaning: String, unit: String? = nil, isNumeric: Bool = false) {
        self.name = name
        self.label = label ?? String(name.map { $0 == "_" ? " " : $0 })
        self.meaning = meaning
        self.unit = unit
        self.isNumeric = isNumeric
    }
}

/// A column of a table of `Row`s: its description and how a row gives its value.
public struct ResultColumn<Row> {
    public var description: ColumnDescription
    public var value: (Row) -> ResultValue

    public init(
        _ name: String, label: String? = nil, meaning: String, unit: String? = nil, numeric: Bool = false,
        value: @escaping (Row) -> ResultValue
    ) {
        description = ColumnDescription(name: name, label: label, meaning: meaning, unit: unit, isNumeric: numeric)
        self.value = value
    }
}
